package fr.journees.calendar;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One VEVENT, in the event's local time (Europe/Paris). uid stays the same across downloads and
 * edits; sequence only grows (it is derived from the versions of the rows the entry is made of).
 * end, description, location and url may be null.
 */
public record CalendarEntry(String uid, int sequence, LocalDate date, LocalTime start, LocalTime end,
                            String summary, String description, String location, String url, boolean cancelled) {
}
