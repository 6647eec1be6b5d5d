package fr.journees.checkin.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;

import fr.journees.base.ui.FormDialog;
import fr.journees.base.ui.Notifications;
import fr.journees.registration.AttendanceService;
import fr.journees.registration.CheckinOutcome;
import fr.journees.registration.RegistrationOutcome;
import fr.journees.registration.RegistrationRejected;
import fr.journees.registration.RegistrationService;
import fr.journees.registration.RegistrationStatus;
import fr.journees.registration.ui.PlaceChoices;
import fr.journees.registration.ui.RegistrationForm;

/**
 * A person who is not registered, added at the door: the registration's own form and rules (a full
 * day waitlists them, and the volunteer is told so); an organiser may force a place, with a reason.
 * A confirmed walk-in is checked in at once.
 */
class WalkInDialog extends FormDialog {

    WalkInDialog(DoorAccess access, RegistrationService registrations, AttendanceService attendance, String door,
                 Consumer<CheckinOutcome> arrived) {
        this(access, registrations, attendance, door, arrived, form(access, registrations), new Checkbox(),
                new TextArea());
    }

    private WalkInDialog(DoorAccess access, RegistrationService registrations, AttendanceService attendance,
                         String door, Consumer<CheckinOutcome> arrived, RegistrationForm form, Checkbox force,
                         TextArea reason) {
        super(UI.getCurrent().getTranslation("checkin.walkIn.title"), new Div(form, force, reason), () -> {
            if (force.getValue() && reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(UI.getCurrent().getTranslation("checkin.walkIn.reasonRequired"));
                return false;
            }
            return form.read("fr").map(request -> {
                try {
                    RegistrationOutcome outcome = force.getValue()
                            ? registrations.addByHandForcingAPlace(access.eventId(), request, reason.getValue())
                            : registrations.addByHand(access.eventId(), request);
                    if (outcome.status() == RegistrationStatus.CONFIRMED) {
                        arrived.accept(attendance.checkIn(access.eventId(), outcome.id(), access.recordedAs(), door));
                    } else {
                        Notifications.error(UI.getCurrent().getTranslation("checkin.walkIn.waitlisted",
                                request.firstName() + " " + request.lastName(), outcome.waitlistPosition()));
                    }
                    return true;
                } catch (RegistrationRejected rejected) {
                    Notifications.error(UI.getCurrent().getTranslation(switch (rejected.reason()) {
                        case ALREADY_REGISTERED -> "checkin.walkIn.taken";
                        case CLOSED -> "checkin.walkIn.closed";
                        case ITINERARY_FULL, WORKSHOP_FULL, EVENT_FULL -> "checkin.walkIn.full";
                        default -> "registration.error." + rejected.reason().name();
                    }));
                    return false;
                }
            }).orElse(false);
        });
        setId("door-walk-in-dialog");
        force.setId("walk-in-force");
        force.setLabel(getTranslation("checkin.walkIn.force"));
        reason.setId("walk-in-reason");
        reason.setLabel(getTranslation("checkin.walkIn.reason"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setVisible(false);
        force.addValueChangeListener(e -> reason.setVisible(e.getValue()));
        force.setVisible(access.organiser());
    }

    private static RegistrationForm form(DoorAccess access, RegistrationService registrations) {
        var rates = registrations.fillRates(access.eventId());
        var ui = UI.getCurrent();
        return new RegistrationForm(PlaceChoices.of(rates.itineraries(), ui::getTranslation),
                PlaceChoices.of(rates.workshops(), ui::getTranslation), access.lunchOffered(), true);
    }
}
