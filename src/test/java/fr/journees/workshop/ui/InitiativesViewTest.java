package fr.journees.workshop.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static fr.journees.db.Tables.EVENT;
import static fr.journees.db.Tables.INITIATIVE;
import static fr.journees.db.Tables.ORGANISATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;

import fr.journees.directory.OrganisationOption;
import fr.journees.event.EventStatus;
import fr.journees.security.Roles;
import fr.journees.support.KaribuTest;
import fr.journees.workshop.InitiativeDraft;
import fr.journees.workshop.InitiativeService;
import fr.journees.workshop.InitiativeView;
import fr.journees.workshop.TestData;
import fr.journees.workshop.WorkshopDraft;
import fr.journees.workshop.WorkshopService;

class InitiativesViewTest extends KaribuTest {

    @Autowired InitiativeService initiatives;
    @Autowired WorkshopService workshops;
    @Autowired DSLContext dsl;

    /** In every title of this test, so that searches see only the test's rows. */
    String marker;

    @BeforeEach
    void setUp() {
        marker = TestData.unique("Zéphyr");
        login("orga@journees.test", Roles.ORGANISER);
    }

    @AfterEach
    void removeTheTestsRows() {
        dsl.deleteFrom(EVENT).where(EVENT.TITLE.contains(marker)).execute();
        dsl.deleteFrom(INITIATIVE).where(INITIATIVE.TITLE.contains(marker)).execute();
        dsl.deleteFrom(ORGANISATION).where(ORGANISATION.NAME.contains(marker)).execute();
    }

    @Test
    void the_library_is_in_the_menu_and_lists_the_bayonne_initiatives() {
        UI.getCurrent().navigate(InitiativesView.class);
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Initiatives");
        assertThat(GridKt._size(grid())).isGreaterThanOrEqualTo(16);
    }

    @Test
    @SuppressWarnings("unchecked")
    void searches_and_filters_by_theme_and_territory() {
        var theme = "Thème " + marker;
        create("Radio " + marker, theme, "Nantes (44)");
        create("Bus " + marker, theme, "Pau (64)");
        create("Café " + marker, null, "Pau (64)");
        UI.getCurrent().navigate(InitiativesView.class);

        _setValue(_get(TextField.class, s -> s.withId("initiatives-search")), marker);
        assertThat(titles()).containsExactlyInAnyOrder("Radio " + marker, "Bus " + marker, "Café " + marker);
        _setValue((ComboBox<String>) _get(ComboBox.class, s -> s.withId("initiatives-theme")), theme);
        assertThat(titles()).containsExactlyInAnyOrder("Radio " + marker, "Bus " + marker);
        _setValue(_get(TextField.class, s -> s.withId("initiatives-territory")), "pau");
        assertThat(titles()).containsExactly("Bus " + marker);
    }

    @Test
    @SuppressWarnings("unchecked")
    void organiser_creates_an_initiative_with_its_porteur() {
        var porteurName = "Médiathèque " + marker;
        long porteurId = TestData.organisation(dsl, porteurName);
        UI.getCurrent().navigate(InitiativesView.class);

        _click(_get(Button.class, s -> s.withId("initiative-new")));
        _setValue(_get(TextField.class, s -> s.withId("initiative-title")), "Radio " + marker);
        var porteur = (ComboBox<OrganisationOption>) _get(ComboBox.class, s -> s.withId("initiative-porteur"));
        ComboBoxKt.setUserInput(porteur, porteurName);
        assertThat(ComboBoxKt.getSuggestionItems(porteur)).extracting(OrganisationOption::id).containsExactly(porteurId);
        _setValue(porteur, ComboBoxKt.getSuggestionItems(porteur).get(0));
        _setValue(_get(TextField.class, s -> s.withId("initiative-territory")), "Nantes (44)");
        _click(_get(Button.class, s -> s.withId("initiative-save")));

        var created = initiatives.options("Radio " + marker, 0, 10);
        assertThat(created).singleElement().satisfies(i -> {
            assertThat(i.porteur()).isEqualTo(porteurName);
            assertThat(i.territory()).isEqualTo("Nantes (44)");
        });
        _setValue(_get(TextField.class, s -> s.withId("initiatives-search")), marker);
        assertThat(titles()).containsExactly("Radio " + marker);
    }

    @Test
    void a_title_already_in_the_library_is_refused_at_the_title() {
        create("Radio " + marker, null, null);
        UI.getCurrent().navigate(InitiativesView.class);
        _click(_get(Button.class, s -> s.withId("initiative-new")));
        _setValue(_get(TextField.class, s -> s.withId("initiative-title")), "RADIO " + marker);
        _click(_get(Button.class, s -> s.withId("initiative-save")));

        var title = _get(TextField.class, s -> s.withId("initiative-title"));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Une autre initiative de la bibliothèque porte déjà ce titre.");
        assertThat(title.getValue()).isEqualTo("RADIO " + marker);
    }

    @Test
    void refuses_to_delete_an_initiative_still_in_a_recueil_naming_the_workshop() {
        create("Radio " + marker, null, null);
        var initiative = initiatives.options("Radio " + marker, 0, 1).get(0);
        long eventId = TestData.event(dsl, EventStatus.DRAFT);
        dsl.update(EVENT).set(EVENT.TITLE, "Journée d’essai " + marker).where(EVENT.ID.eq(eventId)).execute();
        long workshop = workshops.create(eventId, new WorkshopDraft("Éducation aux médias", null, null, null, null),
                Set.of());
        workshops.addToRecueil(workshop, initiative.id());
        UI.getCurrent().navigate(InitiativesView.class);
        _setValue(_get(TextField.class, s -> s.withId("initiatives-search")), marker);

        GridKt._selectRow(grid(), 0);
        _click(_get(Button.class, s -> s.withId("initiative-delete")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, s -> s.withId("initiative-delete-confirm")));

        assertThat(_get(Paragraph.class, s -> s.withId("initiative-form-problem")).getText())
                .startsWith("Cette initiative figure encore dans le recueil de : Éducation aux médias (Journée d’essai");
        assertThat(initiatives.detail(initiative.id())).isPresent();

        workshops.removeFromRecueil(workshop, initiative.id());
        _click(_get(Button.class, s -> s.withId("initiative-delete")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, s -> s.withId("initiative-delete-confirm")));
        assertThat(initiatives.detail(initiative.id())).isEmpty();
        assertThat(titles()).isEmpty();
    }

    @Test
    void a_change_made_meanwhile_by_someone_else_is_reported_and_the_typing_kept() {
        create("Radio " + marker, null, null);
        long id = initiatives.options("Radio " + marker, 0, 1).get(0).id();
        UI.getCurrent().navigate(InitiativesView.class);
        _setValue(_get(TextField.class, s -> s.withId("initiatives-search")), marker);
        GridKt._selectRow(grid(), 0);
        _setValue(_get(TextField.class, s -> s.withId("initiative-territory")), "Mon territoire");

        var detail = initiatives.detail(id).orElseThrow();
        initiatives.update(id, detail.version(), new InitiativeDraft(detail.title(), null, null, "Son territoire",
                null));
        _click(_get(Button.class, s -> s.withId("initiative-save")));

        assertThat(_get(Paragraph.class, s -> s.withId("initiative-form-problem")).getText())
                .startsWith("Quelqu’un d’autre a modifié ou supprimé cette initiative");
        assertThat(_get(TextField.class, s -> s.withId("initiative-territory")).getValue())
                .isEqualTo("Mon territoire");
        assertThat(initiatives.detail(id).orElseThrow().territory()).isEqualTo("Son territoire");
    }

    @Test
    void a_facilitator_is_refused() {
        login("anim@journees.test", Roles.FACILITATOR);
        assertThatThrownBy(() -> UI.getCurrent().navigate(InitiativesView.class))
                .hasMessageContaining("Access is denied");
    }

    private void create(String title, String theme, String territory) {
        initiatives.create(new InitiativeDraft(title, null, theme, territory, null));
    }

    @SuppressWarnings("unchecked")
    private Grid<InitiativeView> grid() {
        return _get(Grid.class, s -> s.withId("initiatives-grid"));
    }

    private List<String> titles() {
        return GridKt._findAll(grid()).stream().map(InitiativeView::title).toList();
    }
}
