package fr.journees.calendar;

import java.util.List;

/** An iCalendar feed: its name (the event's title) and its entries. */
public record CalendarFeed(String name, List<CalendarEntry> entries) {

    public CalendarFeed {
        entries = List.copyOf(entries);
    }
}
