package fr.journees.checkin.ui;

import java.util.function.BooleanSupplier;

import org.springframework.stereotype.Component;

import fr.journees.event.EventHeader;
import fr.journees.event.EventService;
import fr.journees.registration.AttendanceService;
import fr.journees.registration.RegistrationService;

/** Builds a day's door screen for whoever holds it, an organiser or the volunteers' link. */
@Component
class DoorScreens {

    private final EventService events;
    private final AttendanceService attendance;
    private final RegistrationService registrations;

    DoorScreens(EventService events, AttendanceService attendance, RegistrationService registrations) {
        this.events = events;
        this.attendance = attendance;
        this.registrations = registrations;
    }

    DoorScreen create(EventHeader day, String recordedAs, boolean organiser, BooleanSupplier stillAllowed) {
        boolean lunch = events.details(day.id()).map(d -> d.lunchOffered()).orElse(false);
        return new DoorScreen(new DoorAccess(day.id(), day.title(), recordedAs, organiser, lunch, stillAllowed),
                attendance, registrations);
    }
}
