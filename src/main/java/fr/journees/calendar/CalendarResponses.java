package fr.journees.calendar;

import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** How every calendar file is served: text/calendar, shown inline, revalidated by clients; 404 when there is none. */
public final class CalendarResponses {

    static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar; charset=UTF-8");

    private CalendarResponses() {
    }

    /**
     * A calendar file with its ETag, revalidated by clients at each poll: 304 when they hold this state
     * of the day already, the file otherwise; 404 when there is none.
     */
    public static ResponseEntity<byte[]> ics(Optional<CalendarFile> file, String fileName, String ifNoneMatch) {
        if (file.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        var etag = file.get().etag();
        if (ifNoneMatch != null && matches(ifNoneMatch, etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).header(HttpHeaders.CACHE_CONTROL, "no-cache")
                    .build();
        }
        return ResponseEntity.ok()
                .contentType(TEXT_CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + fileName + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .eTag(etag)
                .body(file.get().bytes());
    }

    /** If-None-Match holds a list of validators, or * (weak ones compare as equal for a GET). */
    public static boolean matches(String ifNoneMatch, String etag) {
        for (var candidate : ifNoneMatch.split(",")) {
            var tag = candidate.strip();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }
}
