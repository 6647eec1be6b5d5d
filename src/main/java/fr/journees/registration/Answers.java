package fr.journees.registration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a participant gave to a day's own questions, by question id: the values exactly as typed or
 * ticked (several for "several choices"), so that a refused form comes back with nothing lost.
 */
public record Answers(Map<Long, List<String>> values) {

    public static final Answers NONE = new Answers(Map.of());

    public Answers {
        var copy = new LinkedHashMap<Long, List<String>>();
        values.forEach((id, given) -> copy.put(id, List.copyOf(given)));
        values = java.util.Collections.unmodifiableMap(copy);
    }

    public List<String> of(long questionId) {
        return values.getOrDefault(questionId, List.of());
    }

    /** The first value, or "" (for a field holding one value). */
    public String first(long questionId) {
        var given = of(questionId);
        return given.isEmpty() ? "" : given.getFirst();
    }
}
