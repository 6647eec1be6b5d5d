package fr.journees.registration;

import java.time.LocalTime;
import java.util.List;

/** Present / expected (expected = confirmed) for the day, each itinerary and workshop, and arrivals by quarter hour. */
public record AttendanceSummary(int present, int expected, int noShows, boolean closed, List<Group> itineraries,
                                List<Group> workshops, List<Slot> arrivals) {

    public record Group(long id, String label, String colour, int present, int expected) {
    }

    public record Slot(LocalTime from, int arrivals) {
    }
}
