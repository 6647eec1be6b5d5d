package fr.journees.itinerary;

import static fr.journees.db.Tables.EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.annotation.Transactional;

import fr.journees.directory.DirectoryService;
import fr.journees.directory.PersonDraft;
import fr.journees.directory.PlaceDraft;
import fr.journees.event.EventDraft;
import fr.journees.event.EventDuplicated;
import fr.journees.event.EventNotEditable;
import fr.journees.event.EventService;
import fr.journees.event.EventStatus;
import fr.journees.itinerary.planning.RotationProposal;
import fr.journees.itinerary.planning.TimedStop;
import fr.journees.support.JourneesSpringTest;

@JourneesSpringTest
@Tag("database")
@Transactional
class ItineraryServiceTest {

    @Autowired ItineraryService itineraries;
    @Autowired EventService events;
    @Autowired DirectoryService directory;
    @Autowired DSLContext dsl;
    @Autowired ApplicationEventPublisher publisher;

    long eventId;
    long halles;
    long mediatheque;
    long guide;

    @BeforeEach
    void aSmallDay() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        eventId = events.create(new EventDraft("test-" + suffix, "Journée test " + suffix, null, null,
                LocalDate.of(2026, 6, 4), LocalTime.of(9, 0), LocalTime.of(17, 0), null, EventStatus.DRAFT,
                null, null, 40, true, 5), List.of(), List.of());
        halles = directory.ensurePlace(new PlaceDraft("Halles " + suffix, null, null, null, null, null, null,
                List.of()));
        mediatheque = directory.ensurePlace(new PlaceDraft("Médiathèque " + suffix, null, null, null, null, null,
                null, List.of()));
        guide = directory.ensurePerson(new PersonDraft("Guide " + suffix, "médiatrice", null));
    }

    private long itinerary(String name, ItineraryColour colour, long... places) {
        var stops = java.util.Arrays.stream(places)
                .mapToObj(p -> new StopDraft(p, "Thème " + p, 20, null, List.of(guide))).toList();
        return itineraries.create(eventId, new ItineraryDraft(name, colour, 15, LocalTime.of(10, 0),
                List.of(guide)), stops);
    }

    private ItineraryView view(long id) {
        return itineraries.forEvent(eventId).stream().filter(i -> i.id() == id).findFirst().orElseThrow();
    }

    @Test
    void keeps_the_stops_in_the_order_given_with_their_speakers_and_guides() {
        long id = itinerary("Parcours vert", ItineraryColour.GREEN, halles, mediatheque);
        var view = view(id);
        assertThat(view.stops()).extracting(StopView::placeId).containsExactly(halles, mediatheque);
        assertThat(view.stops().get(0).speakers()).extracting(PersonRef::id).containsExactly(guide);
        assertThat(view.guides()).extracting(PersonRef::id).containsExactly(guide);
    }

    @Test
    void refuses_a_second_itinerary_with_the_same_name_or_colour_in_one_event() {
        itinerary("Parcours vert", ItineraryColour.GREEN, halles);
        assertThatThrownBy(() -> itinerary("Parcours vert", ItineraryColour.PINK, halles))
                .isInstanceOfSatisfying(ItineraryRejected.class,
                        e -> assertThat(e.reason()).isEqualTo(ItineraryRejected.Reason.NAME_TAKEN));
        assertThatThrownBy(() -> itinerary("Parcours bis", ItineraryColour.GREEN, halles))
                .isInstanceOfSatisfying(ItineraryRejected.class,
                        e -> assertThat(e.reason()).isEqualTo(ItineraryRejected.Reason.COLOUR_TAKEN));
    }

    @Test
    void refuses_a_save_based_on_a_version_someone_else_already_changed() {
        long id = itinerary("Parcours vert", ItineraryColour.GREEN, halles);
        int seen = view(id).version();
        itineraries.update(id, seen, new ItineraryDraft("Parcours vert clair", ItineraryColour.GREEN, 20,
                LocalTime.of(10, 0)));
        assertThatThrownBy(() -> itineraries.update(id, seen, new ItineraryDraft("Parcours vert foncé",
                ItineraryColour.GREEN, 25, LocalTime.of(10, 0))))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(view(id).name()).isEqualTo("Parcours vert clair");
        assertThatThrownBy(() -> itineraries.moveStop(id, seen, view(id).stops().get(0).id(), 1))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void moves_a_stop_and_renumbers_after_a_removal() {
        long third = directory.ensurePlace(new PlaceDraft("Tiers-lieu " + UUID.randomUUID(), null, null, null, null,
                null, null, List.of()));
        long id = itinerary("Parcours rose", ItineraryColour.PINK, halles, mediatheque, third);
        var stops = view(id).stops();
        itineraries.moveStop(id, view(id).version(), stops.get(2).id(), 0);
        assertThat(view(id).stops()).extracting(StopView::placeId).containsExactly(third, halles, mediatheque);
        itineraries.removeStop(id, view(id).version(), stops.get(0).id());
        assertThat(view(id).stops()).extracting(StopView::position).containsExactly(0, 1);
        assertThat(view(id).stops()).extracting(StopView::placeId).containsExactly(third, mediatheque);
    }

    @Test
    void refuses_any_change_to_the_itineraries_of_an_archived_event() {
        long id = itinerary("Parcours vert", ItineraryColour.GREEN, halles);
        dsl.update(EVENT).set(EVENT.STATUS, EventStatus.ARCHIVED.name()).where(EVENT.ID.eq(eventId)).execute();
        assertThatThrownBy(() -> itineraries.addStop(id, view(id).version(),
                new StopDraft(mediatheque, null, 20, null, List.of()))).isInstanceOf(EventNotEditable.class);
        assertThatThrownBy(() -> itinerary("Parcours rose", ItineraryColour.PINK, halles))
                .isInstanceOf(EventNotEditable.class);
    }

    @Test
    void plans_the_bayonne_day_without_collision_inside_its_visit_slot() {
        long bayonne = events.idBySlug("visite-bayonne-2024").orElseThrow();
        var plan = itineraries.plan(bayonne);
        assertThat(plan.collisions()).isEmpty();
        assertThat(plan.windowStart()).isEqualTo(LocalTime.of(9, 50));
        assertThat(plan.windowEnd()).isEqualTo(LocalTime.of(11, 45));
        assertThat(plan.schedules()).allSatisfy(s -> assertThat(s.overruns(plan.windowStart(), plan.windowEnd()))
                .isFalse());
        assertThat(plan.schedules().get(0).stops()).extracting(TimedStop::arrival)
                .containsExactly(LocalTime.of(9, 50), LocalTime.of(10, 15), LocalTime.of(10, 40), LocalTime.of(11, 5));
    }

    @Test
    void shows_two_itineraries_meeting_at_a_place_as_a_collision() {
        itinerary("Parcours vert", ItineraryColour.GREEN, halles, mediatheque);
        itinerary("Parcours rose", ItineraryColour.PINK, halles, mediatheque);
        var plan = itineraries.plan(eventId);
        assertThat(plan.collisions()).hasSize(2);
        assertThat(plan.collisions().get(0).placeName()).startsWith("Halles");
        assertThat(plan.collisions().get(0).from()).isEqualTo(LocalTime.of(10, 5));
    }

    @Test
    void applies_a_proposed_rotation_keeping_each_place_theme_and_speakers() {
        long vert = itinerary("Parcours vert", ItineraryColour.GREEN, halles, mediatheque);
        long rose = itinerary("Parcours rose", ItineraryColour.PINK, halles, mediatheque);
        var proposal = itineraries.proposeRotation(eventId, List.of(halles, mediatheque));
        assertThat(proposal).isInstanceOf(RotationProposal.Found.class);
        itineraries.applyRotation(eventId, Map.of(vert, view(vert).version(), rose, view(rose).version()),
                (RotationProposal.Found) proposal);
        assertThat(itineraries.plan(eventId).collisions()).isEmpty();
        assertThat(view(rose).stops()).extracting(StopView::theme).allMatch(t -> t.startsWith("Thème "));
        assertThat(view(rose).stops()).allSatisfy(s -> assertThat(s.speakers()).extracting(PersonRef::id)
                .containsExactly(guide));
    }

    @Test
    void copies_itineraries_stops_guides_and_speakers_when_the_event_is_duplicated() {
        itinerary("Parcours vert", ItineraryColour.GREEN, halles, mediatheque);
        long copy = events.create(new EventDraft("copie-" + UUID.randomUUID().toString().substring(0, 8), "Copie",
                null, null, LocalDate.of(2027, 6, 4), LocalTime.of(9, 0), LocalTime.of(17, 0), null,
                EventStatus.DRAFT, null, null, null, false, 5), List.of(), List.of());
        publisher.publishEvent(new EventDuplicated(eventId, copy));
        var copied = itineraries.forEvent(copy);
        assertThat(copied).hasSize(1);
        assertThat(copied.get(0).stops()).extracting(StopView::placeId).containsExactly(halles, mediatheque);
        assertThat(copied.get(0).guides()).extracting(PersonRef::id).containsExactly(guide);
    }
}
