package fr.journees.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.annotation.Transactional;

import fr.journees.directory.DirectoryService;
import fr.journees.directory.OrganisationDraft;
import fr.journees.directory.OrganisationKind;
import fr.journees.itinerary.ItineraryColour;
import fr.journees.itinerary.ItineraryDraft;
import fr.journees.itinerary.ItineraryService;
import fr.journees.support.JourneesSpringTest;

@JourneesSpringTest
@Tag("database")
@Transactional
class EventServiceTest {

    @Autowired EventService events;
    @Autowired EventContentService content;
    @Autowired DirectoryService directory;
    @Autowired ItineraryService itineraries;

    String suffix;
    long eventId;

    @BeforeEach
    void aDraftDay() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        eventId = events.create(draft("journee-" + suffix), List.of(), List.of());
    }

    private EventDraft draft(String slug) {
        return new EventDraft(slug, "Journée " + suffix, "Sous-titre", "Thème", LocalDate.of(2026, 5, 12),
                LocalTime.of(9, 0), LocalTime.of(16, 30), null, EventStatus.DRAFT, null, null, 50, true, 5);
    }

    private EventDetails details() {
        return events.details(eventId).orElseThrow();
    }

    private long organisation(String name) {
        return directory.ensureOrganisation(new OrganisationDraft(name + " " + suffix, OrganisationKind.ASSOCIATION,
                null, null, null, null, null, null, null));
    }

    @Test
    void refuses_a_public_address_already_used_by_another_event() {
        assertThatThrownBy(() -> events.create(draft("journee-" + suffix), List.of(), List.of()))
                .isInstanceOfSatisfying(EventRejected.class,
                        e -> assertThat(e.reason()).isEqualTo(EventRejected.Reason.SLUG_TAKEN));
    }

    @Test
    void refuses_hours_or_a_registration_window_that_run_backwards() {
        var backwards = new EventDraft("a-rebours-" + suffix, "À rebours", null, null, LocalDate.of(2026, 5, 12),
                LocalTime.of(17, 0), LocalTime.of(9, 0), null, EventStatus.DRAFT, null, null, null, false, 5);
        assertThatThrownBy(() -> events.create(backwards, List.of(), List.of())).isInstanceOf(EventRejected.class);
        var window = new EventDraft("fenetre-" + suffix, "Fenêtre", null, null, LocalDate.of(2026, 5, 12),
                LocalTime.of(9, 0), LocalTime.of(17, 0), null, EventStatus.DRAFT, LocalDateTime.of(2026, 5, 1, 9, 0),
                LocalDateTime.of(2026, 4, 1, 9, 0), null, false, 5);
        assertThatThrownBy(() -> events.create(window, List.of(), List.of()))
                .isInstanceOfSatisfying(EventRejected.class, e -> assertThat(e.reason())
                        .isEqualTo(EventRejected.Reason.REGISTRATION_CLOSES_BEFORE_OPENING));
    }

    @Test
    void saves_the_general_information_with_organisers_and_partners_in_order() {
        long a = organisation("Centre social");
        long b = organisation("Médiathèque");
        long c = organisation("Département");
        var current = details();
        events.update(eventId, current.version(), current.toDraft(), List.of(b, a), List.of(c));
        assertThat(details().organisations()).extracting(EventOrganisation::organisationId).containsExactly(b, a, c);
        assertThat(details().version()).isEqualTo(current.version() + 1);
    }

    @Test
    void refuses_a_save_based_on_a_version_someone_else_already_changed() {
        var seen = details();
        events.update(eventId, seen.version(), seen.toDraft(), List.of(), List.of());
        assertThatThrownBy(() -> events.update(eventId, seen.version(), seen.toDraft(), List.of(), List.of()))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void walks_the_status_workflow_and_refuses_skipping_a_step() {
        assertThatThrownBy(() -> events.changeStatus(eventId, details().version(), EventStatus.ARCHIVED))
                .isInstanceOf(EventRejected.class);
        events.changeStatus(eventId, details().version(), EventStatus.PUBLISHED);
        events.changeStatus(eventId, details().version(), EventStatus.CLOSED);
        events.changeStatus(eventId, details().version(), EventStatus.ARCHIVED);
        assertThat(details().status()).isEqualTo(EventStatus.ARCHIVED);
    }

    @Test
    void an_archived_event_is_read_only_everywhere() {
        events.changeStatus(eventId, details().version(), EventStatus.PUBLISHED);
        events.changeStatus(eventId, details().version(), EventStatus.CLOSED);
        events.changeStatus(eventId, details().version(), EventStatus.ARCHIVED);
        var archived = details();
        assertThatThrownBy(() -> events.update(eventId, archived.version(), archived.toDraft(), List.of(), List.of()))
                .isInstanceOf(EventNotEditable.class);
        assertThatThrownBy(() -> content.addTexts(eventId, List.of(new EventTextDraft(TextSection.INTRODUCTION,
                "Titre", null, "Corps")))).isInstanceOf(EventNotEditable.class);
        assertThatThrownBy(() -> content.addProgrammeItems(eventId, List.of(new ProgrammeItemDraft(LocalTime.of(9, 0),
                null, ProgrammeKind.WELCOME, "Accueil", null, null, null)))).isInstanceOf(EventNotEditable.class);
        events.changeStatus(eventId, archived.version(), EventStatus.CLOSED);
        assertThat(details().status()).isEqualTo(EventStatus.CLOSED);
    }

    @Test
    void keeps_texts_in_the_order_set_by_the_organiser() {
        content.addTexts(eventId, List.of(new EventTextDraft(TextSection.INTRODUCTION, "Un", null, "1"),
                new EventTextDraft(TextSection.INTRODUCTION, "Deux", "par quelqu’un", "2"),
                new EventTextDraft(TextSection.CLOSING, "Trois", null, "3")));
        var texts = events.texts(eventId);
        content.moveText(texts.get(2).id(), 0);
        assertThat(events.texts(eventId)).extracting(EventTextView::title).containsExactly("Trois", "Un", "Deux");
        content.deleteText(texts.get(0).id(), texts.get(0).version());
        assertThat(events.texts(eventId)).extracting(EventTextView::position).containsExactly(0, 1);
    }

    @Test
    void keeps_the_programme_in_time_order_and_refuses_a_slot_ending_before_it_starts() {
        content.addProgrammeItems(eventId, List.of(
                new ProgrammeItemDraft(LocalTime.of(14, 0), LocalTime.of(15, 0), ProgrammeKind.PLENARY, "Restitution",
                        null, null, null),
                new ProgrammeItemDraft(LocalTime.of(9, 0), LocalTime.of(9, 30), ProgrammeKind.WELCOME, "Accueil",
                        null, null, null)));
        assertThat(events.programme(eventId)).extracting(ProgrammeSlot::title).containsExactly("Accueil", "Restitution");
        var slot = events.programme(eventId).get(0);
        assertThatThrownBy(() -> content.updateProgrammeItem(slot.id(), slot.version(), new ProgrammeItemDraft(
                LocalTime.of(10, 0), LocalTime.of(9, 0), ProgrammeKind.WELCOME, "Accueil", null, null, null)))
                .isInstanceOf(EventRejected.class);
    }

    @Test
    void duplicates_a_day_as_a_draft_with_its_texts_programme_organisers_and_itineraries() {
        long organiser = organisation("Organisateur");
        var current = details();
        events.update(eventId, current.version(), new EventDraft(current.slug(), current.title(), null, null,
                current.date(), current.start(), current.end(), null, EventStatus.DRAFT,
                LocalDateTime.of(2026, 4, 1, 9, 0), LocalDateTime.of(2026, 5, 1, 9, 0), 50, true, 7),
                List.of(organiser), List.of());
        content.addTexts(eventId, List.of(new EventTextDraft(TextSection.INTRODUCTION, "Intro", null, "Texte")));
        content.addProgrammeItems(eventId, List.of(new ProgrammeItemDraft(LocalTime.of(9, 0), LocalTime.of(9, 30),
                ProgrammeKind.WELCOME, "Accueil café", null, null, null)));
        itineraries.create(eventId, new ItineraryDraft("Parcours vert", ItineraryColour.GREEN, 20,
                LocalTime.of(10, 0)), List.of());
        var slug = events.freeSlug("Journée " + suffix, LocalDate.of(2027, 5, 11), null);
        long copy = events.duplicate(eventId, slug, "Journée " + suffix + " (2027)", LocalDate.of(2027, 5, 11));
        var copied = events.details(copy).orElseThrow();
        assertThat(copied.status()).isEqualTo(EventStatus.DRAFT);
        assertThat(copied.date()).isEqualTo(LocalDate.of(2027, 5, 11));
        assertThat(copied.registrationOpensAt()).isNull();
        assertThat(copied.defaultWalkMinutes()).isEqualTo(7);
        assertThat(copied.organisations()).extracting(EventOrganisation::organisationId).containsExactly(organiser);
        assertThat(events.texts(copy)).extracting(EventTextView::title).containsExactly("Intro");
        assertThat(events.programme(copy)).extracting(ProgrammeSlot::title).containsExactly("Accueil café");
        assertThat(itineraries.forEvent(copy)).extracting(i -> i.name()).containsExactly("Parcours vert");
    }

    @Test
    void finds_a_free_public_address_by_numbering_it() {
        var taken = events.details(eventId).orElseThrow().slug();
        events.create(draft(Slugs.of("Journée " + suffix, LocalDate.of(2026, 5, 12))), List.of(), List.of());
        assertThat(events.freeSlug("Journée " + suffix, LocalDate.of(2026, 5, 12), null))
                .isEqualTo(Slugs.of("Journée " + suffix, LocalDate.of(2026, 5, 12)) + "-2");
        assertThat(taken).isEqualTo("journee-" + suffix);
    }
}
