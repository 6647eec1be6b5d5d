package fr.journees.privacy;

import java.time.LocalDate;

/** A day and the date from which its personal data is anonymised (the day plus its retention period). */
record RetentionDay(long eventId, LocalDate date, Integer retentionMonths) {

    LocalDate anonymisedFrom(int defaultMonths) {
        return date.plusMonths(retentionMonths == null ? defaultMonths : retentionMonths).plusDays(1);
    }
}
