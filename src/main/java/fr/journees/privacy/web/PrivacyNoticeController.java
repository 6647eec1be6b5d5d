package fr.journees.privacy.web;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import fr.journees.base.PrivacyNotice;
import fr.journees.event.EventService;
import fr.journees.event.EventStatus;
import fr.journees.event.OrganisationRole;
import fr.journees.privacy.PrivacyService;

/**
 * The public privacy notice of a day, {@code /e/{slug}/confidentialite}, rendered on the server (no
 * session, no script): in English with {@code ?lang=en} or an English Accept-Language, French otherwise.
 * Everything organisers typed reaches the page through th:text, hence escaped.
 */
@RestController
class PrivacyNoticeController {

    private final EventService events;
    private final PrivacyService privacy;
    private final SpringTemplateEngine templates;

    PrivacyNoticeController(EventService events, PrivacyService privacy, MessageSource messages) {
        this.events = events;
        this.privacy = privacy;
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        templates = new SpringTemplateEngine();
        templates.setTemplateResolver(resolver);
        templates.setTemplateEngineMessageSource(messages);
    }

    @GetMapping("/e/{slug}/confidentialite")
    ResponseEntity<String> notice(@PathVariable String slug, @RequestParam(required = false) String lang,
                                  @RequestHeader(name = "Accept-Language", required = false) String acceptLanguage) {
        var event = events.idBySlug(slug).flatMap(events::details).filter(e -> e.status() != EventStatus.DRAFT);
        if (event.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN).body("Not found");
        }
        var e = event.get();
        var locale = Locale.forLanguageTag(language(lang, acceptLanguage));
        var settings = privacy.settings(e.id());
        var months = settings.retentionMonths() != null ? settings.retentionMonths() : privacy.defaultRetentionMonths();
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        var variables = new HashMap<String, Object>();
        variables.put("lang", locale.getLanguage());
        variables.put("title", e.title());
        variables.put("date", e.date().format(dates));
        variables.put("organisers", e.organisations().stream().filter(o -> o.role() == OrganisationRole.ORGANISER)
                .map(o -> o.name()).toList());
        variables.put("contact", settings.contact());
        variables.put("months", months);
        variables.put("until", privacy.anonymisedFrom(e.id()).map(d -> d.format(dates)).orElse(""));
        variables.put("version", PrivacyNotice.VERSION);
        variables.put("slug", slug);
        var html = templates.process("privacy/notice", new Context(locale, variables));
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache()).header("Content-Language", locale.getLanguage()).body(html);
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
