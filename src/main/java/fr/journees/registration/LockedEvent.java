package fr.journees.registration;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import fr.journees.event.EventStatus;

/** The event row as read under its lock, with what registration needs of it. */
record LockedEvent(long id, String slug, String title, LocalDate date, LocalTime start, EventStatus status,
                   LocalDateTime opensAt, LocalDateTime closesAt, Integer capacity) {

    boolean openAt(LocalDateTime now) {
        return RegistrationWindow.isOpen(status, opensAt, closesAt, date.atTime(start), now);
    }
}
