package fr.journees.calendar;

import org.springframework.http.ResponseEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
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
    ResponseEntity<byte[]> programme(@PathVariable String slug,
                                     @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        return CalendarResponses.ics(calendars.programmeFile(slug), "programme.ics", ifNoneMatch);
    }
}
