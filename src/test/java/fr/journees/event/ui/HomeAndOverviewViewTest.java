package fr.journees.event.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;

import fr.journees.event.EventService;
import fr.journees.event.EventSummary;
import fr.journees.security.Roles;
import fr.journees.support.KaribuTest;

class HomeAndOverviewViewTest extends KaribuTest {

    @Autowired
    EventService events;

    @Test
    @SuppressWarnings("unchecked")
    void organiser_sees_the_bayonne_day_in_the_events_list() {
        login("orga@journees.test", Roles.ORGANISER);
        UI.getCurrent().navigate(HomeView.class);
        Grid<EventSummary> grid = _get(Grid.class, spec -> spec.withId("events-grid"));
        var titles = IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i).title()).toList();
        assertThat(titles).contains("Visite du quartier Hauts de Sainte-Croix-Mounédé à Bayonne");
    }

    @Test
    void organiser_opens_the_bayonne_day_and_finds_its_two_itineraries_and_four_workshops_in_their_tabs() {
        login("orga@journees.test", Roles.ORGANISER);
        long id = events.idBySlug("visite-bayonne-2024").orElseThrow();
        UI.getCurrent().navigate(EventEditorView.class, EventEditorView.parameters(id));
        assertThat(_get(H1.class, spec -> spec.withId("event-title")).getText())
                .isEqualTo("Visite du quartier Hauts de Sainte-Croix-Mounédé à Bayonne");
        UI.getCurrent().navigate(EventEditorView.class, EventEditorView.parameters(id, "parcours"));
        assertThat(_find(H3.class)).extracting(h -> h.getElement().getTextRecursively())
                .contains("Parcours vert", "Parcours rose");
        UI.getCurrent().navigate(EventEditorView.class, EventEditorView.parameters(id, "ateliers"));
        var workshops = _get(Div.class, spec -> spec.withId("workshops-list"));
        assertThat(_find(workshops, Details.class)).extracting(Details::getSummaryText).hasSize(4)
                .allMatch(summary -> summary.endsWith("(4 initiatives)"));
    }

    @Test
    void the_home_page_speaks_french_by_default() {
        login("orga@journees.test", Roles.ORGANISER);
        UI.getCurrent().navigate(HomeView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Journées");
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("fr");
    }
}
