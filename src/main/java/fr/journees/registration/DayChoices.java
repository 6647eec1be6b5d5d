package fr.journees.registration;

import java.util.Set;

import fr.journees.calendar.CalendarDay;

/**
 * What a participant may choose on a day (its itineraries and workshops), read once with the rest of
 * what the confirmation needs: hand it to {@link AnsweredRegistrations#check} to check a registration
 * against it and register without reading the day again.
 */
public final class DayChoices {

    private final CalendarDay day;

    DayChoices(CalendarDay day) {
        this.day = day;
    }

    public long eventId() {
        return day.event().id();
    }

    public Set<Long> itineraryIds() {
        return day.itineraryIds();
    }

    public Set<Long> workshopIds() {
        return day.workshopIds();
    }

    CalendarDay day() {
        return day;
    }
}
