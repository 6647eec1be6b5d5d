package fr.journees.demo;

import org.springframework.stereotype.Service;

import fr.journees.chantier.ChantierService;
import fr.journees.chantier.Feasibility;
import fr.journees.chantier.SheetContent;
import fr.journees.registration.AttendanceService;
import fr.journees.registration.RegistrationRequest;
import fr.journees.registration.RegistrationService;
import fr.journees.registration.RegistrationStatus;
import fr.journees.registration.StructureKind;
import fr.journees.workshop.WorkshopService;
import fr.journees.itinerary.ItineraryService;

/**
 * Brings the upcoming demo day to life through each feature's own service: registrations (the last
 * ones waitlisted), fiches of every colour, the first arrivals at the door.
 */
@Service
class UpcomingDayActivity {

    private final RegistrationService registrations;
    private final AttendanceService attendance;
    private final ChantierService chantier;
    private final ItineraryService itineraries;
    private final WorkshopService workshops;

    UpcomingDayActivity(RegistrationService registrations, AttendanceService attendance, ChantierService chantier,
                        ItineraryService itineraries, WorkshopService workshops) {
        this.registrations = registrations;
        this.attendance = attendance;
        this.chantier = chantier;
        this.itineraries = itineraries;
        this.workshops = workshops;
    }

    void fill(long eventId) {
        var routes = itineraries.forEvent(eventId);
        var groups = workshops.forEvent(eventId);
        var people = UpcomingBayonneDay.participants();
        for (int i = 0; i < people.size(); i++) {
            var p = people.get(i);
            var email = (p.firstName() + "." + p.lastName()).toLowerCase().replaceAll("[^a-z.]", "")
                    + "@exemple.org";
            var request = new RegistrationRequest(p.firstName(), p.lastName(), email, null, p.organisation(), null,
                    "Bayonne", routes.isEmpty() ? null : routes.get(i % routes.size()).id(),
                    groups.isEmpty() ? null : groups.get(i % groups.size()).id(), i % 3 != 0, null, null, true,
                    i % 2 == 0, "fr", StructureKind.valueOf(p.structureKind()), p.departement());
            var outcome = registrations.addByHand(eventId, request);
            if (p.arrived() && outcome.status() == RegistrationStatus.CONFIRMED) {
                attendance.checkIn(eventId, outcome.id(), DemoAccounts.ORGANISER_EMAIL, "Accueil");
            }
        }
        if (groups.isEmpty()) {
            return;
        }
        long workshopId = groups.get(0).id();
        for (var fiche : UpcomingBayonneDay.fiches()) {
            long sheetId = chantier.create(DemoAccounts.FACILITATOR_EMAIL, workshopId, fiche.group());
            chantier.save(DemoAccounts.FACILITATOR_EMAIL, sheetId, 0, new SheetContent(fiche.group(), fiche.enjeu(),
                    fiche.keyTitle(), null, null, null, null, null, null, fiche.obstacles(),
                    Feasibility.valueOf(fiche.feasibility()), true, null));
        }
    }
}
