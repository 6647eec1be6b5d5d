package fr.journees.registration.web;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;

import fr.journees.base.web.PublicTemplates;
import fr.journees.event.EventBranding;
import fr.journees.event.EventLinks;
import fr.journees.event.EventService;

/**
 * What every public page shares: the language and its switch, the accent colour with a text colour
 * readable on it, the day's logo in the header, the privacy notice link, and the answer itself (HTML, its language, never stored by a
 * shared cache when personal). Also the helpful "not found" page, with its 404.
 */
@Component
public class PublicFrame {

    static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    static final String DEFAULT_ACCENT = "#1a56a6";

    private final PublicTemplates templates;
    private final MessageSource messages;
    private final EventService events;

    PublicFrame(PublicTemplates templates, MessageSource messages, EventService events) {
        this.templates = templates;
        this.messages = messages;
        this.events = events;
    }

    /** The shared variables of a page at {@code path}, for a day of that slug (or none) dressed in its branding. */
    public Map<String, Object> variables(Locale locale, String path, String slug, EventBranding branding) {
        var variables = new HashMap<String, Object>();
        var lang = locale.getLanguage();
        variables.put("lang", lang);
        variables.put("home", slug == null ? "/" : "/e/" + slug);
        variables.put("switchFr", UriComponentsBuilder.fromPath(path).queryParam("lang", "fr").build().toUriString());
        variables.put("switchEn", UriComponentsBuilder.fromPath(path).queryParam("lang", "en").build().toUriString());
        variables.put("privacyUrl", slug == null ? null : EventLinks.privacyNoticePath(slug) + "?lang=" + lang);
        var accent = branding.accentColour();
        var colour = accent == null || !accent.matches("#[0-9a-fA-F]{6}") ? DEFAULT_ACCENT : accent;
        variables.put("headerLogoPath", slug == null || branding.logo() == null ? null : EventLinks.logoPath(slug));
        variables.put("accent", colour);
        variables.put("onAccent", Contrast.textOn(colour));
        variables.put("embed", false);
        variables.put("noindex", false);
        return variables;
    }

    public String render(String template, Locale locale, Map<String, Object> variables) {
        return templates.render(template, locale, variables);
    }

    public String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    public ResponseEntity<String> page(HttpStatus status, Locale locale, String html) {
        return ResponseEntity.status(status).contentType(HTML).header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(html);
    }

    /** A page with a heading, a few lines and a way back. */
    public ResponseEntity<String> message(HttpStatus status, Locale locale, String path, String slug, String id,
                                   String heading, List<String> lines, String backPath, String backLabel) {
        var branding = slug == null ? EventBranding.NONE
                : events.idBySlug(slug).map(events::branding).orElse(EventBranding.NONE);
        var variables = variables(locale, path, slug, branding);
        variables.put("title", heading);
        variables.put("messageId", id);
        variables.put("heading", heading);
        variables.put("lines", lines);
        variables.put("backPath", backPath);
        variables.put("backLabel", backLabel);
        variables.put("noindex", true);
        return page(status, locale, render("public/message", locale, variables));
    }

    /** 404 with a page that says what may have happened and where to go. */
    public ResponseEntity<String> notFound(HttpServletRequest request, Locale locale, boolean personal) {
        var kind = personal ? "registration.public.notFound.personal" : "registration.public.notFound.day";
        return message(HttpStatus.NOT_FOUND, locale, request.getRequestURI(), null, "not-found",
                message(kind + ".title", locale), List.of(message(kind, locale)), null, null);
    }
}
