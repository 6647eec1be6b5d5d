package fr.journees.registration;

import java.time.LocalDateTime;

/** What a door screen compares between two polls: if it is unchanged, nothing at that day changed. */
public record AttendanceStamp(int rows, LocalDateTime lastChange, boolean closed) {
}
