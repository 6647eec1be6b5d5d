package fr.journees.itinerary.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static fr.journees.db.Tables.EVENT;
import static fr.journees.db.Tables.PLACE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;

import fr.journees.base.ui.Choice;
import fr.journees.directory.DirectoryService;
import fr.journees.directory.PlaceDraft;
import fr.journees.event.EventDraft;
import fr.journees.event.EventService;
import fr.journees.event.EventStatus;
import fr.journees.event.ui.EventEditorView;
import fr.journees.itinerary.ItineraryColour;
import fr.journees.itinerary.ItineraryDraft;
import fr.journees.itinerary.ItineraryService;
import fr.journees.itinerary.StopDraft;
import fr.journees.itinerary.StopView;
import fr.journees.security.Roles;
import fr.journees.support.KaribuTest;

class ItinerariesTabTest extends KaribuTest {

    @Autowired EventService events;
    @Autowired ItineraryService itineraries;
    @Autowired DirectoryService directory;
    @Autowired DSLContext dsl;

    long eventId;
    long market;
    long library;

    @BeforeEach
    void aFreshDay() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        eventId = events.create(new EventDraft("parcours-" + suffix, "Journée " + suffix, null, null,
                LocalDate.of(2026, 10, 1), LocalTime.of(9, 0), LocalTime.of(17, 0), null, EventStatus.DRAFT, null,
                null, null, false, 5), List.of(), List.of());
        market = place("Marché " + suffix);
        library = place("Bibliothèque " + suffix);
        login("orga@journees.test", Roles.ORGANISER);
    }

    @AfterEach
    void removeTheTestsRows() {
        dsl.deleteFrom(EVENT).where(EVENT.ID.eq(eventId)).execute();
        dsl.deleteFrom(PLACE).where(PLACE.ID.in(market, library)).execute();
    }

    private long place(String name) {
        return directory.ensurePlace(new PlaceDraft(name, null, null, null, null, null, null, List.of()));
    }

    private void open(long id) {
        UI.getCurrent().navigate(EventEditorView.class, EventEditorView.parameters(id, "parcours"));
    }

    private long itinerary(String name, ItineraryColour colour, long... places) {
        var stops = java.util.Arrays.stream(places).mapToObj(p -> new StopDraft(p, null, 20, null, List.of())).toList();
        return itineraries.create(eventId, new ItineraryDraft(name, colour, 12, LocalTime.of(10, 0)), stops);
    }

    @Test
    void shows_the_bayonne_itineraries_with_their_computed_times_and_no_collision() {
        open(events.idBySlug("visite-bayonne-2024").orElseThrow());
        assertThat(_get(Div.class, spec -> spec.withId("collisions")).getElement().getTextRecursively())
                .contains("Aucune collision");
        @SuppressWarnings("unchecked")
        Grid<StopsGrid.Row> firstGrid = _find(Grid.class).get(0);
        assertThat(GridKt._size(firstGrid)).isEqualTo(4);
        assertThat(GridKt._getFormattedRow(firstGrid, 1)).contains("10:15 – 10:35");
    }

    @Test
    void creates_an_itinerary_through_the_form() {
        open(eventId);
        _click(_get(Button.class, spec -> spec.withId("new-itinerary")));
        _setValue(_get(TextField.class, spec -> spec.withId("itinerary-name")), "Parcours bleu");
        _setValue(_get(IntegerField.class, spec -> spec.withId("itinerary-capacity")), 25);
        _setValue(_get(TimePicker.class, spec -> spec.withId("itinerary-departure")), LocalTime.of(9, 45));
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));
        var created = itineraries.forEvent(eventId);
        assertThat(created).singleElement().satisfies(i -> {
            assertThat(i.name()).isEqualTo("Parcours bleu");
            assertThat(i.colour()).isEqualTo(ItineraryColour.GREEN);
            assertThat(i.departure()).isEqualTo(LocalTime.of(9, 45));
        });
        assertThat(_find(Div.class, spec -> spec.withId("itinerary-" + created.get(0).id()))).hasSize(1);
    }

    @Test
    void keeps_the_form_open_with_a_french_message_when_the_name_is_missing_or_taken() {
        itinerary("Parcours vert", ItineraryColour.GREEN, market);
        open(eventId);
        _click(_get(Button.class, spec -> spec.withId("new-itinerary")));
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));
        var name = _get(TextField.class, spec -> spec.withId("itinerary-name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Donnez un nom au parcours.");
        _setValue(name, "Parcours vert");
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).contains("porte déjà ce nom");
        assertThat(name.getValue()).isEqualTo("Parcours vert");
        assertThat(itineraries.forEvent(eventId)).hasSize(1);
    }

    @Test
    void adds_a_stop_and_moves_it_up_with_the_keyboard_buttons() {
        long id = itinerary("Parcours vert", ItineraryColour.GREEN, market);
        open(eventId);
        _click(_get(Button.class, spec -> spec.withId("add-stop-" + id)));
        @SuppressWarnings("unchecked")
        ComboBox<Choice> place = _get(ComboBox.class, spec -> spec.withId("stop-place"));
        _setValue(place, new Choice(library, "Bibliothèque"));
        _setValue(_get(TextField.class, spec -> spec.withId("stop-theme")), "Lire avec le numérique");
        _setValue(_get(IntegerField.class, spec -> spec.withId("stop-duration")), 30);
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));
        var stops = itineraries.forEvent(eventId).get(0).stops();
        assertThat(stops).extracting(StopView::placeId).containsExactly(market, library);
        @SuppressWarnings("unchecked")
        Grid<StopsGrid.Row> grid = _get(Grid.class, spec -> spec.withId("stops-grid-" + id));
        var actions = GridKt._getCellComponent(grid, 1, "actions");
        _click(_get(actions, Button.class, spec -> spec.withId("stop-up-" + stops.get(1).id())));
        assertThat(itineraries.forEvent(eventId).get(0).stops()).extracting(StopView::placeId)
                .containsExactly(library, market);
    }

    @Test
    void names_the_place_and_times_of_a_collision_then_a_rotation_removes_it() {
        itinerary("Parcours vert", ItineraryColour.GREEN, market, library);
        itinerary("Parcours rose", ItineraryColour.PINK, market, library);
        open(eventId);
        assertThat(_get(Div.class, spec -> spec.withId("collisions")).getElement().getTextRecursively())
                .contains("2 collisions", "Parcours vert et Parcours rose", "de 10:05 à 10:25");
        _click(_get(Button.class, spec -> spec.withId("propose-rotation")));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Choice> places = _get(MultiSelectComboBox.class, spec -> spec.withId("rotation-places"));
        assertThat(places.getValue()).extracting(Choice::id).containsExactlyInAnyOrder(market, library);
        _click(_get(Button.class, spec -> spec.withId("rotation-compute")));
        _click(_get(Button.class, spec -> spec.withId("rotation-apply")));
        assertThat(itineraries.plan(eventId).collisions()).isEmpty();
        assertThat(_get(Div.class, spec -> spec.withId("collisions")).getElement().getTextRecursively())
                .contains("Aucune collision");
    }

    @Test
    void explains_why_a_rotation_is_impossible() {
        itinerary("Parcours vert", ItineraryColour.GREEN, market);
        itinerary("Parcours rose", ItineraryColour.PINK, library);
        open(eventId);
        _click(_get(Button.class, spec -> spec.withId("propose-rotation")));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Choice> places = _get(MultiSelectComboBox.class, spec -> spec.withId("rotation-places"));
        _setValue(places, Set.of(new Choice(market, "Marché")));
        _click(_get(Button.class, spec -> spec.withId("rotation-compute")));
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("rotation-message"))
                .getText()).contains("2 groupes partent en même temps pour 1 lieux");
        assertThat(_get(Button.class, spec -> spec.withId("rotation-apply")).isEnabled()).isFalse();
    }

    @Test
    void an_archived_event_shows_its_itineraries_read_only() {
        itinerary("Parcours vert", ItineraryColour.GREEN, market);
        dsl.update(EVENT).set(EVENT.STATUS, EventStatus.ARCHIVED.name()).where(EVENT.ID.eq(eventId)).execute();
        open(eventId);
        _assertNone(Button.class, spec -> spec.withId("new-itinerary"));
        assertThat(_get(Div.class, spec -> spec.withId("tab-content-parcours")).getElement().getTextRecursively())
                .contains("archivée");
    }
}
