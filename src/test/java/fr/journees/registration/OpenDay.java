package fr.journees.registration;

import static fr.journees.db.Tables.EVENT;
import static fr.journees.db.Tables.MAIL_OUTBOX;
import static fr.journees.db.Tables.REGISTRATION;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import fr.journees.event.EventDraft;
import fr.journees.event.EventService;
import fr.journees.event.EventStatus;
import fr.journees.itinerary.ItineraryColour;
import fr.journees.itinerary.ItineraryDraft;
import fr.journees.itinerary.ItineraryService;
import fr.journees.workshop.WorkshopDraft;
import fr.journees.workshop.WorkshopService;

/** Test days: published, registration open since yesterday, held in a month. */
@Component
public class OpenDay {

    private final EventService events;
    private final ItineraryService itineraries;
    private final WorkshopService workshops;
    private final DSLContext dsl;

    OpenDay(EventService events, ItineraryService itineraries, WorkshopService workshops, DSLContext dsl) {
        this.events = events;
        this.itineraries = itineraries;
        this.workshops = workshops;
        this.dsl = dsl;
    }

    public long create(String name, Integer capacity) {
        return create(name, capacity, EventStatus.PUBLISHED, LocalDateTime.now().minusDays(1),
                LocalDateTime.now().plusDays(1));
    }

    public long create(String name, Integer capacity, EventStatus status, LocalDateTime opens, LocalDateTime closes) {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        return events.create(new EventDraft(name + "-" + suffix, "Journée " + name + " " + suffix, null, null,
                LocalDate.now().plusDays(30), LocalTime.of(9, 0), LocalTime.of(16, 30), null, status, opens, closes,
                capacity, true, 5), List.of(), List.of());
    }

    public long itinerary(long eventId, String name, ItineraryColour colour, Integer capacity) {
        return itineraries.create(eventId, new ItineraryDraft(name, colour, capacity, LocalTime.of(10, 0)), List.of());
    }

    public long workshop(long eventId, String title, Integer capacity) {
        return workshops.create(eventId, new WorkshopDraft(title, null, null, "Salle " + title, capacity));
    }

    public static RegistrationRequest person(String first, String email, Long itinerary, Long workshop) {
        return new RegistrationRequest(first, "Etcheverry", email, null, "Mairie de Bayonne", "Médiatrice",
                "Pays basque", itinerary, workshop, true, null, null, true, false, "fr", StructureKind.LOCAL_AUTHORITY,
                "64");
    }

    /** Registrations and their mails first: they reference the event. */
    public void remove(long eventId) {
        dsl.deleteFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.EVENT_ID.eq(eventId)).execute();
        dsl.deleteFrom(REGISTRATION).where(REGISTRATION.EVENT_ID.eq(eventId)).execute();
        dsl.deleteFrom(EVENT).where(EVENT.ID.eq(eventId)).execute();
    }
}
