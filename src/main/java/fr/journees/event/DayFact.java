package fr.journees.event;

import java.util.List;

/**
 * One thing the home page says about a day or the site, told by the feature that owns the rule:
 * a figure (INFO), something missing before publishing (MISSING), something gone wrong (ALERT). key is a
 * translation key, args its arguments; gauge, when present, a 0..1 fill to draw as a bar.
 */
public record DayFact(Kind kind, String key, List<Object> args, Double gauge) {

    public enum Kind {
        INFO, MISSING, ALERT
    }

    public static DayFact info(String key, Object... args) {
        return new DayFact(Kind.INFO, key, List.of(args), null);
    }

    public static DayFact gauge(double ratio, String key, Object... args) {
        return new DayFact(Kind.INFO, key, List.of(args), ratio);
    }

    public static DayFact todo(String key, Object... args) {
        return new DayFact(Kind.MISSING, key, List.of(args), null);
    }

    public static DayFact alert(String key, Object... args) {
        return new DayFact(Kind.ALERT, key, List.of(args), null);
    }
}
