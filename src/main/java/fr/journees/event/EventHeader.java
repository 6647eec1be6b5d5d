package fr.journees.event;

import java.time.LocalDate;
import java.time.LocalTime;

/** What other features need to know of an event they hang their rows on. */
public record EventHeader(long id, String slug, String title, LocalDate date, LocalTime start, LocalTime end,
                          EventStatus status, int defaultWalkMinutes) {

    /** An archived event is read-only. */
    public boolean editable() {
        return status != EventStatus.ARCHIVED;
    }
}
