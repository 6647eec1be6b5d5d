package fr.journees.registration;

import static java.util.Map.entry;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.web.util.HtmlUtils;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything held about a person, as a file: JSON for programs and a plain HTML page to read (every value
 * escaped). The one exporter of personal data, for the participant's own download and the organisers'.
 * Takes the map of what is held ({@link PersonalData#asMap()} or a person's across days): lists of maps
 * become sections with their size, so the HTML page shows every key the JSON has: named in French and English
 * for the person reading it, the JSON's own key kept beside it ({@code data-key}), yes/no, statuses and times
 * in words.
 */
public final class PersonalDataExport {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final String STYLE = "body{font-family:system-ui,sans-serif;max-width:46rem;margin:0 auto;"
            + "padding:1rem}dt{font-weight:600;margin-top:.5rem}dd{margin:0 0 0 1rem;white-space:pre-wrap}"
            + "section{border-left:3px solid #ccc;padding-left:.75rem;margin:.75rem 0}";

    private static final Map<String, String> LABELS = Map.ofEntries(
            entry("firstName", "Prénom · First name"), entry("lastName", "Nom · Last name"),
            entry("email", "Adresse e-mail · E-mail address"), entry("phone", "Téléphone · Phone"),
            entry("organisation", "Structure · Organisation"), entry("function", "Fonction · Position"),
            entry("territory", "Territoire · Area"), entry("status", "Statut · Status"),
            entry("waitlistPosition", "Rang sur la liste d’attente · Waiting-list rank"),
            entry("itinerary", "Parcours · Itinerary"), entry("workshop", "Atelier · Workshop"),
            entry("lunch", "Déjeuner · Lunch"), entry("dietaryNeeds", "Régime alimentaire · Dietary needs"),
            entry("accessibilityNeeds", "Besoins d’accessibilité · Accessibility needs"),
            entry("language", "Langue · Language"), entry("registeredAt", "Inscription le · Registered on"),
            entry("checkinCode", "Code d’accueil · Check-in code"),
            entry("checkedInAt", "Arrivée enregistrée le · Checked in on"),
            entry("consentDataAt", "Accord sur les données le · Data consent given on"),
            entry("consentPhotos", "Accord pour les photos · Photo consent"),
            entry("consentPhotosAt", "Accord pour les photos le · Photo consent given on"),
            entry("consentNoticeVersion", "Version de la notice d’information · Privacy notice version"),
            entry("personalLinkToken", "Clé du lien personnel · Personal link key"),
            entry("createdAt", "Écrit le · Written on"), entry("sentAt", "Envoyé le · Sent on"),
            entry("recipient", "Destinataire · Recipient"), entry("subject", "Objet · Subject"),
            entry("text", "Texte · Text"), entry("day", "Journée · Day"), entry("date", "Date · Date"),
            entry("group", "Groupe · Group"), entry("authors", "Auteurs et autrices · Authors"),
            entry("displayName", "Nom affiché · Display name"), entry("roles", "Rôles · Roles"),
            entry("enabled", "Compte actif · Active account"), entry("lastLoginAt", "Dernière connexion · Last login"));
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

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
                html.append("<dt data-key=\"").append(escape(key.toString())).append("\">")
                        .append(escape(LABELS.getOrDefault(key.toString(), key.toString()))).append("</dt><dd>")
                        .append(escape(shown(key.toString(), value))).append("</dd>");
            }
        });
        html.append("</dl>");
    }

    private static String shown(String key, Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof Boolean yes) {
            return yes ? "oui · yes" : "non · no";
        }
        var text = value.toString();
        if (key.equals("status") && Arrays.stream(RegistrationStatus.values()).anyMatch(s -> s.name().equals(text))) {
            return switch (RegistrationStatus.valueOf(text)) {
                case CONFIRMED -> "Confirmée · Confirmed";
                case WAITLISTED -> "Sur la liste d’attente · On the waiting list";
                case CANCELLED -> "Annulée · Cancelled";
            };
        }
        if (text.length() >= 16 && text.charAt(10) == 'T') {
            try {
                return LocalDateTime.parse(text).format(TIME);
            } catch (DateTimeParseException notATime) {
                return text;
            }
        }
        return text;
    }

    private static String title(String key) {
        return switch (key) {
            case "mails" -> "Courriels · E-mails";
            case "registrations" -> "Inscriptions · Registrations";
            case "fiches" -> "Fiches chantier · Project sheets";
            case "account" -> "Compte · Account";
            case "answers" -> "Réponses aux questions de la journée · Answers to the day’s questions";
            default -> escape(key);
        };
    }

    private static String escape(String s) {
        return HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
