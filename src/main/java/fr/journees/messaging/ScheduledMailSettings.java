package fr.journees.messaging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A day's reminder and thank-you: each switched on or off, with its subject and body (placeholders allowed). */
public record ScheduledMailSettings(boolean reminderEnabled,
                                    @NotNull @Min(1) @Max(30) Integer reminderDaysBefore,
                                    @NotBlank @Size(max = 200) String reminderSubject,
                                    @NotBlank @Size(max = 20000) String reminderBody,
                                    boolean thanksEnabled,
                                    @NotBlank @Size(max = 200) String thanksSubject,
                                    @NotBlank @Size(max = 20000) String thanksBody) {

    public static final int DEFAULT_DAYS_BEFORE = 2;

    String subject(ScheduledMailKind kind) {
        return kind == ScheduledMailKind.REMINDER ? reminderSubject : thanksSubject;
    }

    String body(ScheduledMailKind kind) {
        return kind == ScheduledMailKind.REMINDER ? reminderBody : thanksBody;
    }

    boolean enabled(ScheduledMailKind kind) {
        return kind == ScheduledMailKind.REMINDER ? reminderEnabled : thanksEnabled;
    }
}
