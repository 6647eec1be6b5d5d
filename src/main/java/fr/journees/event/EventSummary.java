package fr.journees.event;

import java.time.LocalDate;
import java.time.LocalTime;

/** One line of the events list. venueName is null when no venue is set. */
public record EventSummary(long id, String slug, String title, String subtitle, LocalDate date, LocalTime start,
                           LocalTime end, EventStatus status, String venueName) {
}
