package fr.journees.registration.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import fr.journees.registration.PersonalData;
import fr.journees.registration.RegistrationService;

/**
 * "Download everything held about me" from the personal link: JSON for programs, a plain HTML page to
 * read (every value escaped). Never cached: the personal link is the only key to it.
 */
@RestController
class PersonalDataController {

    private final RegistrationService registrations;

    PersonalDataController(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @GetMapping(value = "/r/{token}/donnees.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> json(@PathVariable String token) {
        return registrations.personalData(token)
                .map(d -> ResponseEntity.ok().cacheControl(CacheControl.noStore())
                        .header(HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment().filename("mes-donnees.json").build().toString())
                        .body(d.asMap()))
                .orElse(ResponseEntity.notFound().build());
    }

    @GetMapping("/r/{token}/donnees.html")
    ResponseEntity<String> html(@PathVariable String token) {
        return registrations.personalData(token)
                .map(d -> ResponseEntity.ok().cacheControl(CacheControl.noStore())
                        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(page(d)))
                .orElse(ResponseEntity.notFound().build());
    }

    private static String page(PersonalData data) {
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Mes données · My data"
                + "</title><style>body{font-family:system-ui,sans-serif;max-width:46rem;margin:0 auto;padding:1rem}"
                + "dt{font-weight:600;margin-top:.5rem}dd{margin:0 0 0 1rem;white-space:pre-wrap}</style></head><body>"
                + "<h1>Mes données · My data</h1><dl id=\"held\">");
        data.asMap().forEach((key, value) -> {
            if (value instanceof List<?> mails) {
                html.append("</dl><h2>Courriels · E-mails (").append(mails.size()).append(")</h2>");
                for (var mail : mails) {
                    html.append("<dl class=\"mail\">");
                    ((Map<?, ?>) mail).forEach((k, v) -> entry(html, k.toString(), v));
                    html.append("</dl>");
                }
                html.append("<dl>");
            } else {
                entry(html, key, value);
            }
        });
        return html.append("</dl></body></html>").toString();
    }

    private static void entry(StringBuilder html, String key, Object value) {
        html.append("<dt>").append(escape(key)).append("</dt><dd>")
                .append(value == null ? "—" : escape(value.toString())).append("</dd>");
    }

    private static String escape(String s) {
        return HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
