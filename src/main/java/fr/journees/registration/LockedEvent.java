package fr.journees.registration;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import fr.journees.event.EventStatus;

/**
 * The event row as read once its registration lock is held, with what registration needs of it;
 * {@code ticket} numbers this transaction among the day's seat transactions (it orders the waiting list).
 */
record LockedEvent(long id, String slug, String title, LocalDate date, LocalTime start, EventStatus status,
                   LocalDateTime opensAt, LocalDateTime closesAt, Integer capacity, long ticket) {

    boolean openAt(LocalDateTime now) {
        return RegistrationWindow.isOpen(status, opensAt, closesAt, date.atTime(start), now);
    }
}
