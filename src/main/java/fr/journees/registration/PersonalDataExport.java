package fr.journees.registration;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.springframework.web.util.HtmlUtils;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything held about a person, as a file: JSON for programs and a plain HTML page to read (every value
 * escaped). The one exporter of personal data, for the participant's own download and the organisers'.
 * Takes the map of what is held ({@link PersonalData#asMap()} or a person's across days): lists of maps
 * become sections with their size, so the HTML page shows every key the JSON has.
 */
public final class PersonalDataExport {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final String STYLE = "body{font-family:system-ui,sans-serif;max-width:46rem;margin:0 auto;"
            + "padding:1rem}dt{font-weight:600;margin-top:.5rem}dd{margin:0 0 0 1rem;white-space:pre-wrap}"
            + "section{border-left:3px solid #ccc;padding-left:.75rem;margin:.75rem 0}";

    private PersonalDataExport() {
    }

    public static byte[] json(Map<String, ?> held) {
        return JSON.writeValueAsBytes(held);
    }

    public static byte[] html(Map<String, ?> held) {
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>Données personnelles · Personal data</title><style>").append(STYLE)
                .append("</style></head><body><h1>Données personnelles · Personal data</h1><div id=\"held\">");
        map(html, held, 2);
        html.append("</div>");
        return html.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void map(StringBuilder html, Map<?, ?> held, int level) {
        html.append("<dl>");
        held.forEach((key, value) -> {
            if (value instanceof List<?> items && (items.isEmpty() || items.getFirst() instanceof Map)) {
                html.append("</dl><h").append(level).append('>').append(title(key.toString())).append(" (")
                        .append(items.size()).append(")</h").append(level).append('>');
                for (var item : items) {
                    html.append("<section class=\"").append(escape(key.toString())).append("\">");
                    map(html, (Map<?, ?>) item, Math.min(level + 1, 6));
                    html.append("</section>");
                }
                html.append("<dl>");
            } else if (value instanceof Map<?, ?> inner) {
                html.append("</dl><h").append(level).append('>').append(title(key.toString())).append("</h")
                        .append(level).append('>');
                map(html, inner, Math.min(level + 1, 6));
                html.append("<dl>");
            } else {
                html.append("<dt>").append(escape(key.toString())).append("</dt><dd>")
                        .append(value == null ? "—" : escape(value.toString())).append("</dd>");
            }
        });
        html.append("</dl>");
    }

    private static String title(String key) {
        return switch (key) {
            case "mails" -> "Courriels · E-mails";
            case "registrations" -> "Inscriptions · Registrations";
            case "fiches" -> "Fiches chantier · Project sheets";
            case "account" -> "Compte · Account";
            default -> escape(key);
        };
    }

    private static String escape(String s) {
        return HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
