package fr.journees.messaging;

/** The reminder some days before the day, the thank-you the day after (with the survey link). */
public enum ScheduledMailKind {
    REMINDER, THANKS
}
