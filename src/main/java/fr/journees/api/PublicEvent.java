package fr.journees.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import fr.journees.event.EventDetails;
import fr.journees.event.ProgrammeSlot;
import fr.journees.itinerary.ItineraryPlan;
import fr.journees.itinerary.ItineraryView;
import fr.journees.itinerary.PersonRef;
import fr.journees.registration.FillRate;
import fr.journees.registration.FillRates;
import fr.journees.workshop.InitiativeView;
import fr.journees.workshop.WorkshopView;
import io.swagger.v3.oas.annotations.media.Schema;

/** A published day as its public page shows it: programme, itineraries with timed stops, workshops, places left. */
@Schema(name = "Event", description = "Une journée publiée, avec son programme, ses parcours et ses ateliers")
public record PublicEvent(
        @Schema(example = "visite-bayonne-2024") String slug,
        @Schema(example = "Visite apprenante du quartier Saint-Esprit") String title,
        @Schema(example = "Journée d’étude PQN-A") String subtitle,
        @Schema(example = "Le numérique au service des habitants") String theme,
        @Schema(example = "2024-10-03") LocalDate date,
        @Schema(type = "string", example = "09:00:00") LocalTime start,
        @Schema(type = "string", example = "17:00:00") LocalTime end,
        @Schema(example = "Maison de quartier Saint-Esprit") String venue,
        Registration registration,
        List<Slot> programme,
        List<Itinerary> itineraries,
        List<Workshop> workshops,
        List<Organisation> organisations,
        Links links,
        @Schema(description = "Les questions propres à la journée, posées à l’inscription (réponses dans answers)")
        List<ApiAnswers.Question> questions) {

    @Schema(name = "EventRegistration", description = "L’état des inscriptions")
    public record Registration(
            @Schema(description = "Vrai si l’on peut s’inscrire maintenant") boolean open,
            LocalDateTime opensAt, LocalDateTime closesAt,
            @Schema(description = "Places de la journée ; absent si illimité", example = "120") Integer capacity,
            @Schema(description = "Places restantes ; absent si illimité", example = "37") Integer placesLeft,
            @Schema(description = "Personnes en liste d’attente", example = "0") int waitlisted,
            @Schema(description = "Un déjeuner est proposé") boolean lunchOffered) {
    }

    @Schema(name = "ProgrammeSlot")
    public record Slot(@Schema(type = "string", example = "09:30:00") LocalTime start,
                       @Schema(type = "string", example = "10:00:00") LocalTime end,
                       @Schema(example = "WELCOME") String kind,
                       @Schema(example = "Accueil café") String title,
                       String description,
                       @Schema(example = "Maison de quartier Saint-Esprit") String location) {
    }

    @Schema(name = "Itinerary", description = "Un parcours, ses arrêts et leurs horaires calculés")
    public record Itinerary(long id, @Schema(example = "Parcours vert") String name,
                            @Schema(example = "#2e9e5b") String colour,
                            @Schema(type = "string", example = "10:00:00") LocalTime departure,
                            Integer capacity, Integer placesLeft, List<String> guides, List<Stop> stops) {
    }

    @Schema(name = "Stop")
    public record Stop(int position, @Schema(example = "Tiers-lieu Le Hub") String place,
                       @Schema(example = "Médiation numérique") String theme,
                       @Schema(type = "string", example = "10:15:00") LocalTime arrival,
                       @Schema(type = "string", example = "10:45:00") LocalTime departure,
                       int durationMinutes, Integer walkMinutesBefore, List<String> speakers) {
    }

    @Schema(name = "Workshop")
    public record Workshop(long id, @Schema(example = "Accès aux droits") String title, String guidingQuestions,
                           String objectives, String room, Integer capacity, Integer placesLeft,
                           List<String> facilitators, List<Initiative> initiatives) {
    }

    @Schema(name = "WorkshopInitiative")
    public record Initiative(long id, String title, String porteur) {
    }

    @Schema(name = "EventOrganisation")
    public record Organisation(@Schema(example = "PQN-A") String name, @Schema(example = "ORGANISER") String role) {
    }

    @Schema(name = "EventLinks")
    public record Links(String self, String page, String registrationForm, String programme, String registrations) {
    }

    static PublicEvent of(EventDetails event, boolean open, FillRates fill, List<ProgrammeSlot> programme,
                          List<ItineraryView> itineraries, ItineraryPlan plan, List<WorkshopView> workshops,
                          ApiLinks links, List<fr.journees.registration.AskedQuestion> questions) {
        var registration = new Registration(open, event.registrationOpensAt(), event.registrationClosesAt(),
                fill.event().capacity(), fill.event().placesLeft(), fill.waitlisted(), event.lunchOffered());
        return new PublicEvent(event.slug(), event.title(), event.subtitle(), event.theme(), event.date(),
                event.start(), event.end(), event.venueName(), registration,
                programme.stream().map(s -> new Slot(s.start(), s.end(), s.kind().name(), s.title(),
                        s.description(), s.location())).toList(),
                itineraries.stream().map(i -> itinerary(i, plan, fill)).toList(),
                workshops.stream().map(w -> workshop(w, fill)).toList(),
                event.organisations().stream().map(o -> new Organisation(o.name(), o.role().name())).toList(),
                new Links(links.event(event.slug()), links.eventPage(event.slug()),
                        links.registrationForm(event.slug()), links.programme(event.slug()),
                        links.registrations(event.slug())),
                questions.stream().map(ApiAnswers.Question::of).toList());
    }

    private static Itinerary itinerary(ItineraryView itinerary, ItineraryPlan plan, FillRates fill) {
        var timed = plan.scheduleOf(itinerary.id()).stops();
        var stops = new java.util.ArrayList<Stop>();
        for (int i = 0; i < itinerary.stops().size(); i++) {
            var stop = itinerary.stops().get(i);
            var times = i < timed.size() ? timed.get(i) : null;
            stops.add(new Stop(stop.position(), stop.placeName(), stop.theme(),
                    times == null ? null : times.arrival(), times == null ? null : times.departure(),
                    stop.durationMinutes(), stop.walkMinutesBefore(), stop.speakerNames()));
        }
        return new Itinerary(itinerary.id(), itinerary.name(), itinerary.colour().hex(), itinerary.departure(),
                itinerary.capacity(), rate(fill.itineraries(), itinerary.id()).map(FillRate::placesLeft).orElse(null),
                itinerary.guides().stream().map(PersonRef::fullName).toList(), stops);
    }

    private static Workshop workshop(WorkshopView workshop, FillRates fill) {
        return new Workshop(workshop.id(), workshop.title(), workshop.guidingQuestions(), workshop.objectives(),
                workshop.room(), workshop.capacity(),
                rate(fill.workshops(), workshop.id()).map(FillRate::placesLeft).orElse(null),
                workshop.facilitators().stream().map(f -> f.displayName()).toList(),
                workshop.initiatives().stream().map(PublicEvent::initiative).toList());
    }

    private static Initiative initiative(InitiativeView initiative) {
        return new Initiative(initiative.id(), initiative.title(), initiative.porteur());
    }

    private static Optional<FillRate> rate(List<FillRate> rates, long id) {
        return rates.stream().filter(r -> r.id() != null && r.id() == id).findFirst();
    }
}
