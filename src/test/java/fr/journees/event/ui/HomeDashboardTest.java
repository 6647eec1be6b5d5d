package fr.journees.event.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static fr.journees.db.Tables.EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;

import fr.journees.chantier.ChantierFixture;
import fr.journees.chantier.ChantierService;
import fr.journees.chantier.ui.SheetEditorView;
import fr.journees.security.Roles;
import fr.journees.support.KaribuTest;

/** "Accueil": the organisers' dashboard of the next days, and a facilitator's own workshops. */
class HomeDashboardTest extends KaribuTest {

    @Autowired DSLContext dsl;
    @Autowired ChantierService chantier;

    ChantierFixture f;

    @BeforeEach
    void aDayInTwoWeeksWithoutProgrammeVenueNorCapacity() {
        f = ChantierFixture.create(dsl);
        dsl.update(EVENT).set(EVENT.EVENT_DATE, LocalDate.now().plusDays(14)).set(EVENT.STATUS, "DRAFT")
                .where(EVENT.ID.eq(f.eventId())).execute();
    }

    @AfterEach
    void removeIt() {
        f.delete(dsl);
    }

    @Test
    void the_organiser_sees_the_next_day_with_what_is_missing_before_publishing() {
        long sheet = chantier.create(f.facilitator(), f.workshopId(), "Groupe du tableau");
        login(f.organiser(), Roles.ORGANISER);
        UI.getCurrent().navigate(HomeView.class);

        var card = _get(Div.class, spec -> spec.withId("day-card-" + f.eventId()));
        assertThat(_find(card, ListItem.class)).extracting(li -> li.getElement().getTextRecursively())
                .contains("À faireLe programme est vide", "À faireAucun lieu n’est choisi pour la journée",
                        "Aucun inscrit",
                        "À faireAucune limite de places : ni la journée, ni ses parcours, ni ses ateliers n’ont de capacité",
                        "1 fiche chantier n’est pas au tableau de restitution (« chantier clé » non coché)");
        assertThat(sheet).isPositive();
        assertThat(_find(Grid.class, spec -> spec.withId("events-grid"))).as("every day, below").hasSize(1);
    }

    @Test
    void a_click_on_a_day_opens_it_in_the_editor() {
        login(f.organiser(), Roles.ORGANISER);
        UI.getCurrent().navigate(HomeView.class);

        var card = _get(Div.class, spec -> spec.withId("day-card-" + f.eventId())).getElement();
        com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent(card, new com.vaadin.flow.dom.DomEvent(card,
                "click", tools.jackson.databind.node.JsonNodeFactory.instance.objectNode()));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .startsWith("evenements/" + f.eventId());
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_facilitator_sees_only_the_workshops_they_lead_and_opens_a_fiche_with_a_click() {
        long sheet = chantier.create(f.facilitator(), f.workshopId(), "Groupe Léa");
        login(f.facilitator(), Roles.FACILITATOR);
        UI.getCurrent().navigate(HomeView.class);

        assertThat(_find(Grid.class, spec -> spec.withId("events-grid"))).as("no list of every day").isEmpty();
        assertThat(_find(Div.class, spec -> spec.withId("home-upcoming"))).isEmpty();
        assertThat(_find(Div.class, spec -> spec.withId("home-workshop-" + f.workshopId()))).hasSize(1);
        assertThat(_find(Div.class, spec -> spec.withId("home-workshop-" + f.otherWorkshopId())))
                .as("a workshop led by someone else").isEmpty();

        Grid<fr.journees.chantier.SheetSummary> sheets = _get(Grid.class,
                spec -> spec.withId("home-sheets-" + f.workshopId()));
        GridKt._clickItem(sheets, 0);

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isInstanceOf(SheetEditorView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).endsWith("/" + sheet);
    }
}
