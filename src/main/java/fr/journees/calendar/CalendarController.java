package fr.journees.calendar;

import java.time.Instant;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The public feed of a published event's programme (a participant's own day is the registration feature's). */
@RestController
class CalendarController {

    private final CalendarService calendars;

    CalendarController(CalendarService calendars) {
        this.calendars = calendars;
    }

    @GetMapping("/e/{slug}/programme.ics")
    ResponseEntity<byte[]> programme(@PathVariable String slug) {
        return CalendarResponses.ics(calendars.programme(slug).map(f -> ICalendarExporter.export(f, Instant.now())),
                "programme.ics");
    }
}
