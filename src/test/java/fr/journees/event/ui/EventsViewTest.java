package fr.journees.event.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;

import fr.journees.event.EventListFilter;
import fr.journees.event.EventService;
import fr.journees.event.EventStatus;
import fr.journees.event.EventSummary;
import fr.journees.security.Roles;
import fr.journees.support.KaribuTest;

class EventsViewTest extends KaribuTest {

    @Autowired EventService events;

    @SuppressWarnings("unchecked")
    private java.util.List<String> listedTitles() {
        Grid<EventSummary> grid = _get(Grid.class, spec -> spec.withId("events-list"));
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i).title()).toList();
    }

    @Test
    void lists_the_bayonne_day_among_past_events_and_not_among_upcoming_ones() {
        login("orga@journees.test", Roles.ORGANISER);
        UI.getCurrent().navigate(EventsView.class);
        assertThat(listedTitles()).doesNotContain("Visite du quartier Hauts de Sainte-Croix-Mounédé à Bayonne");
        _get(Tabs.class, spec -> spec.withId("events-filter")).setSelectedIndex(EventListFilter.PAST.ordinal());
        assertThat(listedTitles()).contains("Visite du quartier Hauts de Sainte-Croix-Mounédé à Bayonne");
        _setValue(_get(TextField.class, spec -> spec.withId("events-search")), "Mounédé");
        assertThat(listedTitles()).containsExactly("Visite du quartier Hauts de Sainte-Croix-Mounédé à Bayonne");
    }

    @Test
    void creates_a_draft_day_and_opens_its_editor() {
        login("orga@journees.test", Roles.ORGANISER);
        UI.getCurrent().navigate(EventsView.class);
        _click(_get(Button.class, spec -> spec.withId("new-event")));
        var title = "Rencontre numérique " + UUID.randomUUID().toString().substring(0, 6);
        _setValue(_get(TextField.class, spec -> spec.withId("new-event-title")), title);
        _setValue(_get(DatePicker.class, spec -> spec.withId("new-event-date")), LocalDate.now().plusMonths(3));
        _setValue(_get(TimePicker.class, spec -> spec.withId("new-event-start")), LocalTime.of(9, 30));
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));
        _assertOne(EventEditorView.class);
        assertThat(_get(H1.class, spec -> spec.withId("event-title")).getText()).isEqualTo(title);
        var created = events.page(EventListFilter.DRAFTS, title, 0, 10);
        assertThat(created).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo(EventStatus.DRAFT);
            assertThat(e.start()).isEqualTo(LocalTime.of(9, 30));
            assertThat(e.slug()).startsWith("rencontre-numerique-");
        });
    }

    @Test
    void refuses_a_day_without_title_keeping_the_dialog_open() {
        login("orga@journees.test", Roles.ORGANISER);
        UI.getCurrent().navigate(EventsView.class);
        _click(_get(Button.class, spec -> spec.withId("new-event")));
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));
        var title = _get(TextField.class, spec -> spec.withId("new-event-title"));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Donnez un titre à la journée.");
    }

    @Test
    void a_facilitator_cannot_open_the_events_list() {
        login("anim@journees.test", Roles.FACILITATOR);
        assertThatThrownBy(() -> UI.getCurrent().navigate(EventsView.class)).hasMessageContaining("Access is denied");
    }
}
