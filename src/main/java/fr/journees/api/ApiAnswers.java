package fr.journees.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.journees.registration.Answers;
import fr.journees.registration.AskedQuestion;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The day's own questions and their answers as JSON: answers are keyed by question id (as given by
 * GET /api/v1/events/{slug}), each a text or, for several choices, a list; what is sent is read and
 * checked by the same rules as the public form.
 */
final class ApiAnswers {

    static final String DESCRIPTION = "Réponses aux questions de la journée, par identifiant de question (voir "
            + "questions dans GET /api/v1/events/{slug}) : un texte, ou une liste pour plusieurs choix. Oui/non : "
            + "\"yes\" ou \"no\" ; nombre : \"12,5\" ; date : \"2024-10-03\" ; choix : la valeur du choix.";

    @Schema(name = "Question", description = "Une question propre à la journée, posée à l’inscription")
    record Question(@Schema(example = "12") long id,
                    @Schema(example = "ONE_CHOICE", allowableValues = {"SHORT_TEXT", "LONG_TEXT", "ONE_CHOICE",
                            "SEVERAL_CHOICES", "YES_NO", "NUMBER", "DATE"}) String type,
                    @Schema(example = "Venez-vous en transport en commun ?") String label,
                    String help, boolean required,
                    @Schema(description = "Les choix possibles (valeur à envoyer, libellé)") List<Option> options,
                    @Schema(description = "Posée seulement à ce parcours") Long itineraryId,
                    @Schema(description = "Posée seulement à cet atelier") Long workshopId) {

        static Question of(AskedQuestion q) {
            return new Question(q.id(), q.input().name(), q.label(), q.help(), q.required(),
                    q.options().stream().map(o -> new Option(o.value(), o.label())).toList(), q.itineraryId(),
                    q.workshopId());
        }
    }

    @Schema(name = "QuestionOption")
    record Option(@Schema(example = "Oui, en bus") String value, @Schema(example = "Oui, en bus") String label) {
    }

    private ApiAnswers() {
    }

    /** What was sent, as the form would have given it; keys that are no question id are left out. */
    static Answers read(Map<String, Object> sent) {
        var values = new LinkedHashMap<Long, List<String>>();
        if (sent == null) {
            return Answers.NONE;
        }
        sent.forEach((key, value) -> {
            try {
                values.put(Long.valueOf(key.strip()), texts(value));
            } catch (NumberFormatException notAQuestion) {
                // An unknown key is ignored, as an unknown form field is.
            }
        });
        return new Answers(values);
    }

    static Map<String, List<String>> json(Answers answers) {
        var json = new LinkedHashMap<String, List<String>>();
        answers.values().forEach((id, values) -> json.put(String.valueOf(id), values));
        return json;
    }

    private static List<String> texts(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().filter(v -> v != null).map(String::valueOf).toList();
        }
        if (value instanceof Boolean yes) {
            return List.of(yes ? "yes" : "no");
        }
        return List.of(String.valueOf(value));
    }
}
