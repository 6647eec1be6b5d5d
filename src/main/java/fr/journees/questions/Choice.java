package fr.journees.questions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * One choice of a question: its French label is also the stored answer (so renaming an answered choice is
 * refused), the English one is only shown. Written one a line, "français | english".
 */
public record Choice(String fr, String en) {

    public String label(String language) {
        return "en".equals(language) && en != null ? en : fr;
    }

    /** The choices of that text, one a line, blank lines and repeated French labels dropped. */
    public static List<Choice> parse(String text) {
        var choices = new ArrayList<Choice>();
        var seen = new LinkedHashSet<String>();
        if (text == null) {
            return choices;
        }
        for (var line : text.split("\\R")) {
            var parts = line.split("\\|", 2);
            var fr = AnswerRules.clean(parts[0], false).strip();
            var en = parts.length > 1 ? AnswerRules.clean(parts[1], false).strip() : "";
            if (!fr.isEmpty() && seen.add(fr)) {
                choices.add(new Choice(fr, en.isEmpty() ? null : en));
            }
        }
        return choices;
    }

    public static String format(List<Choice> choices) {
        return String.join("\n", choices.stream().map(c -> c.en() == null ? c.fr() : c.fr() + " | " + c.en()).toList());
    }
}
