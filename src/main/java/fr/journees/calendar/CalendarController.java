package fr.journees.calendar;

import java.time.Instant;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The public feeds of DESIGN.md: a published event's programme and a participant's own day. */
@RestController
class CalendarController {

    static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar; charset=UTF-8");

    private final CalendarService calendars;

    CalendarController(CalendarService calendars) {
        this.calendars = calendars;
    }

    @GetMapping("/e/{slug}/programme.ics")
    ResponseEntity<byte[]> programme(@PathVariable String slug) {
        return ics(calendars.programme(slug), "programme.ics");
    }

    @GetMapping("/r/{token}/agenda.ics")
    ResponseEntity<byte[]> agenda(@PathVariable String token) {
        return ics(calendars.agenda(token), "agenda.ics");
    }

    private static ResponseEntity<byte[]> ics(Optional<CalendarFeed> feed, String fileName) {
        return feed.map(f -> ResponseEntity.ok()
                        .contentType(TEXT_CALENDAR)
                        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + fileName + "\"")
                        .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                        .body(ICalendarExporter.export(f, Instant.now())))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
