package fr.journees.messaging;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * The words in braces an organiser may write in a message ({@code {prénom}}, {@code {lien}}…) and their
 * values for one recipient. Unknown braces stay as written. In the HTML part everything is escaped, what
 * the organiser typed as much as what the participant did; links become anchors.
 */
public final class Placeholders {

    /** Every placeholder, in the order the editors list them. */
    public static final List<String> NAMES = List.of("prénom", "nom", "journée", "date", "horaires", "lieu",
            "adresse", "parcours", "atelier", "lien", "agenda", "enquête");

    private static final List<String> LINKS = List.of("lien", "agenda", "enquête");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}\\s]{1,20})}");

    private final Map<String, String> values;

    /** values: by placeholder name (accents or not); line breaks are dropped from values. */
    public Placeholders(Map<String, String> values) {
        var normalised = new LinkedHashMap<String, String>();
        values.forEach((name, value) -> normalised.put(key(name),
                value == null ? "" : value.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]+", " ")));
        this.values = Map.copyOf(normalised);
    }

    public String text(String template) {
        var out = new StringBuilder();
        var m = PLACEHOLDER.matcher(template);
        int at = 0;
        while (m.find()) {
            out.append(template, at, m.start()).append(valueOr(m, m.group()));
            at = m.end();
        }
        return out.append(template.substring(at)).toString();
    }

    /** The body as an HTML document: paragraphs at blank lines, line breaks kept, links clickable. */
    public String html(String template) {
        var body = new StringBuilder();
        var m = PLACEHOLDER.matcher(template);
        int at = 0;
        while (m.find()) {
            body.append(literal(template.substring(at, m.start())));
            var name = key(m.group(1));
            var value = values.get(name);
            if (value == null) {
                body.append(literal(m.group()));
            } else if (isLink(name) && !value.isBlank()) {
                var escaped = escape(value);
                body.append("<a href=\"").append(escaped).append("\">").append(escaped).append("</a>");
            } else {
                body.append(escape(value));
            }
            at = m.end();
        }
        body.append(literal(template.substring(at)));
        return "<!DOCTYPE html><html><body style=\"font-family:sans-serif\"><p>" + body + "</p></body></html>";
    }

    private String valueOr(Matcher m, String fallback) {
        var value = values.get(key(m.group(1)));
        return value == null ? fallback : value;
    }

    private static boolean isLink(String key) {
        return LINKS.stream().map(Placeholders::key).anyMatch(key::equals);
    }

    private static String literal(String text) {
        return escape(text.replace("\r\n", "\n")).replaceAll("\n{2,}", "</p><p>").replace("\n", "<br>");
    }

    private static String escape(String s) {
        return HtmlUtils.htmlEscape(s, "UTF-8");
    }

    /** {prénom}, {prenom} and {Prénom} are one placeholder: this is the name without accents, in lower case. */
    public static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
