package fr.journees.directory;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Deleting that row was refused because other rows still refer to it; references holds how many of
 * each kind (only kinds with at least one), in the order of {@link Reference}.
 */
public class StillReferenced extends RuntimeException {

    private final String name;
    private final Map<Reference, Integer> references;

    public StillReferenced(String name, Map<Reference, Integer> references) {
        super("\"" + name + "\" is still referred to by " + references);
        this.name = name;
        var ordered = new EnumMap<Reference, Integer>(Reference.class);
        ordered.putAll(references);
        this.references = Collections.unmodifiableMap(ordered);
    }

    /** The name of the row that could not be deleted. */
    public String name() {
        return name;
    }

    public Map<Reference, Integer> references() {
        return references;
    }
}
