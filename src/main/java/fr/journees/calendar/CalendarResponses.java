package fr.journees.calendar;

import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** How every calendar file is served: text/calendar, shown inline, revalidated by clients; 404 when there is none. */
public final class CalendarResponses {

    static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar; charset=UTF-8");

    private CalendarResponses() {
    }

    public static ResponseEntity<byte[]> ics(Optional<byte[]> file, String fileName) {
        return file.map(bytes -> ResponseEntity.ok()
                        .contentType(TEXT_CALENDAR)
                        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + fileName + "\"")
                        .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                        .body(bytes))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
