package fr.journees.registration;

import java.time.LocalDateTime;

import fr.journees.event.EventDetails;
import fr.journees.event.EventStatus;

/**
 * When the public form accepts registrations: the event is published and now is inside its window.
 * An unset opening means "since publication"; an unset closing means "until the day starts".
 */
public final class RegistrationWindow {

    private RegistrationWindow() {
    }

    public static boolean isOpen(EventDetails event, LocalDateTime now) {
        return isOpen(event.status(), event.registrationOpensAt(), event.registrationClosesAt(),
                event.date().atTime(event.start()), now);
    }

    static boolean isOpen(EventStatus status, LocalDateTime opensAt, LocalDateTime closesAt, LocalDateTime dayStart,
                          LocalDateTime now) {
        if (!status.isPublic()) {
            return false;
        }
        var closes = closesAt != null ? closesAt : dayStart;
        return (opensAt == null || !now.isBefore(opensAt)) && now.isBefore(closes);
    }
}
