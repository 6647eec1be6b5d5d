package fr.journees.privacy.web;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;

import fr.journees.base.PrivacyNotice;
import fr.journees.event.EventService;
import fr.journees.event.EventStatus;
import fr.journees.event.OrganisationRole;
import fr.journees.privacy.PrivacyService;
import fr.journees.registration.web.PublicFrame;

/**
 * The public privacy notice of a day, {@code /e/{slug}/confidentialite}, rendered on the server in the
 * day's public frame (no session): in English with {@code ?lang=en} or an English Accept-Language, French otherwise.
 * Everything organisers typed reaches the page through th:text, hence escaped.
 */
@RestController
class PrivacyNoticeController {

    private final EventService events;
    private final PrivacyService privacy;
    private final PublicFrame frame;

    PrivacyNoticeController(EventService events, PrivacyService privacy, PublicFrame frame) {
        this.events = events;
        this.privacy = privacy;
        this.frame = frame;
    }

    @GetMapping("/e/{slug}/confidentialite")
    ResponseEntity<String> notice(@PathVariable String slug, @RequestParam(required = false) String lang,
                                  @RequestHeader(name = "Accept-Language", required = false) String acceptLanguage,
                                  HttpServletRequest request) {
        var locale = Locale.forLanguageTag(language(lang, acceptLanguage));
        var event = events.idBySlug(slug).flatMap(events::details).filter(e -> e.status() != EventStatus.DRAFT);
        if (event.isEmpty()) {
            return frame.notFound(request, locale, false);
        }
        var e = event.get();
        var settings = privacy.settings(e.id());
        var months = settings.retentionMonths() != null ? settings.retentionMonths() : privacy.defaultRetentionMonths();
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        var variables = frame.variables(locale, request.getRequestURI(), slug, events.branding(e.id()));
        // The footer's link to this notice would lead to itself.
        variables.put("privacyUrl", null);
        variables.put("title", e.title());
        variables.put("date", e.date().format(dates));
        variables.put("organisers", e.organisations().stream().filter(o -> o.role() == OrganisationRole.ORGANISER)
                .map(o -> o.name()).toList());
        variables.put("contact", settings.contact());
        variables.put("months", months);
        variables.put("until", privacy.anonymisedFrom(e.id()).map(d -> d.format(dates)).orElse(""));
        variables.put("version", PrivacyNotice.VERSION);
        variables.put("slug", slug);
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache()).header("Content-Language", locale.getLanguage())
                .body(frame.render("privacy/notice", locale, variables));
    }

    static String language(String lang, String acceptLanguage) {
        if (lang != null) {
            return "en".equalsIgnoreCase(lang) ? "en" : "fr";
        }
        if (acceptLanguage != null) {
            try {
                var best = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), List.of("fr", "en"));
                return "en".equals(best) ? "en" : "fr";
            } catch (IllegalArgumentException malformed) {
                return "fr";
            }
        }
        return "fr";
    }
}
