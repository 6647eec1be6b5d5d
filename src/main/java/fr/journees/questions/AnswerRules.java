package fr.journees.questions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

import fr.journees.registration.RegistrationRefusals.Refusal;

/**
 * The one reading of an answer, for every form that asks a question: what was typed or ticked becomes
 * the values stored (a number as 12.5, a date as 2024-10-03, yes/no as "yes"/"no", a choice as its French
 * label), or a refusal with the participant's message. Control characters are dropped from texts.
 */
public final class AnswerRules {

    public static final int SHORT_TEXT_MAX = 300;
    public static final int LONG_TEXT_MAX = 2000;
    public static final String YES = "yes";
    public static final String NO = "no";

    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,12}([.,]\\d{1,6})?");
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2200, 12, 31);

    /** The values to store, or the refusal (then values is empty). */
    public record Reading(List<String> values, Refusal refusal) {
        public boolean refused() {
            return refusal != null;
        }
    }

    private AnswerRules() {
    }

    public static Reading read(Question question, List<String> given) {
        var field = fieldOf(question);
        var values = given.stream().map(v -> clean(v, question.type() == QuestionType.LONG_TEXT).strip())
                .filter(v -> !v.isEmpty()).toList();
        if (values.isEmpty()) {
            return question.required() ? refused(field, "Required", "registration.error.required")
                    : new Reading(List.of(), null);
        }
        return switch (question.type()) {
            case SHORT_TEXT -> text(field, values.getFirst(), SHORT_TEXT_MAX);
            case LONG_TEXT -> text(field, values.getFirst(), LONG_TEXT_MAX);
            case ONE_CHOICE -> choices(question, field, values.subList(0, 1));
            case SEVERAL_CHOICES -> choices(question, field, values);
            case YES_NO -> YES.equals(values.getFirst()) || NO.equals(values.getFirst())
                    ? new Reading(List.of(values.getFirst()), null)
                    : refused(field, "UnknownChoice", "registration.error.unknownChoice");
            case NUMBER -> number(field, values.getFirst());
            case DATE -> date(field, values.getFirst());
        };
    }

    /** The form field of a question, and the field its refusals name. */
    public static String fieldOf(Question question) {
        return "q" + question.id();
    }

    /** The text without control characters (line breaks and tabs kept in a long text, made spaces otherwise). */
    public static String clean(String text, boolean multiline) {
        if (text == null) {
            return "";
        }
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\n' && multiline) {
                out.append('\n');
            } else if (c == '\t' || c == '\n') {
                out.append(' ');
            } else if (!Character.isISOControl(c) && Character.getType(c) != Character.FORMAT
                    && Character.getType(c) != Character.SURROGATE && Character.getType(c) != Character.UNASSIGNED) {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static Reading text(String field, String value, int max) {
        return value.length() > max ? refused(field, "Size", "registration.error.length", max)
                : new Reading(List.of(value), null);
    }

    private static Reading choices(Question question, String field, List<String> values) {
        var offered = question.choices().stream().map(Choice::fr).toList();
        var chosen = new LinkedHashSet<String>();
        for (var value : values) {
            if (!offered.contains(value)) {
                return refused(field, "UnknownChoice", "registration.error.unknownChoice");
            }
            chosen.add(value);
        }
        return new Reading(new ArrayList<>(chosen), null);
    }

    private static Reading number(String field, String value) {
        var compact = value.replaceAll("[\\s\\u00a0\\u202f]", "");
        if (!NUMBER.matcher(compact).matches()) {
            return refused(field, "Number", "question.error.number");
        }
        return new Reading(List.of(new BigDecimal(compact.replace(',', '.')).stripTrailingZeros().toPlainString()),
                null);
    }

    private static Reading date(String field, String value) {
        LocalDate date;
        try {
            date = value.contains("/") ? LocalDate.parse(value, FRENCH_DATE) : LocalDate.parse(value);
        } catch (DateTimeParseException notADate) {
            return refused(field, "Date", "question.error.date");
        }
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            return refused(field, "Date", "question.error.date");
        }
        return new Reading(List.of(date.toString()), null);
    }

    private static Reading refused(String field, String code, String key, Object... arguments) {
        return new Reading(List.of(), new Refusal(field, code, key, arguments));
    }
}
