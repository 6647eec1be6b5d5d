package fr.journees.apiaccess.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static fr.journees.db.Tables.API_KEY;
import static fr.journees.db.Tables.EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.stream.IntStream;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
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
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;

import fr.journees.apiaccess.ApiKeyDraft;
import fr.journees.apiaccess.ApiKeyService;
import fr.journees.apiaccess.ApiKeyView;
import fr.journees.apiaccess.ApiOriginService;
import fr.journees.base.ui.Choice;
import fr.journees.event.EventStatus;
import fr.journees.event.ui.HomeView;
import fr.journees.security.AccountService;
import fr.journees.security.Roles;
import fr.journees.support.KaribuTest;
import fr.journees.workshop.TestData;

class ApiAccessViewTest extends KaribuTest {

    @Autowired ApiKeyService keys;
    @Autowired ApiOriginService origins;
    @Autowired AccountService accounts;
    @Autowired DSLContext dsl;

    /** In the name of every key and the host of every origin the test makes, removed afterwards. */
    String marker = "k" + UUID.randomUUID().toString().substring(0, 8);
    Long eventId;

    @AfterEach
    void removeTheTestsRows() {
        dsl.deleteFrom(API_KEY).where(API_KEY.NAME.contains(marker)).execute();
        origins.all().stream().filter(origin -> origin.contains(marker)).forEach(origins::remove);
        if (eventId != null) {
            dsl.deleteFrom(EVENT).where(EVENT.ID.eq(eventId)).execute();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void organiser_creates_a_key_for_one_event_and_sees_its_secret_only_once() {
        eventId = TestData.event(dsl, EventStatus.PUBLISHED);
        var title = dsl.select(EVENT.TITLE).from(EVENT).where(EVENT.ID.eq(eventId)).fetchOne(EVENT.TITLE);
        openAsOrganiser();

        _click(_get(Button.class, s -> s.withId("api-key-new")));
        _setValue(_get(TextField.class, s -> s.withId("api-key-name")), "Agenda " + marker);
        var event = (ComboBox<Choice>) _get(ComboBox.class, s -> s.withId("api-key-event"));
        assertThat(event.getPlaceholder()).isEqualTo("Tous les événements");
        ComboBoxKt.setUserInput(event, title);
        assertThat(ComboBoxKt.getSuggestionItems(event)).extracting(Choice::id).containsExactly(eventId);
        _setValue(event, ComboBoxKt.getSuggestionItems(event).get(0));
        _click(_get(Button.class, s -> s.withId("api-key-create")));

        var secret = _get(TextField.class, s -> s.withId("api-key-secret"));
        var shown = secret.getValue();
        assertThat(shown).matches("jrn_[A-Za-z0-9_-]{40}");
        assertThat(secret.isReadOnly()).isTrue();
        assertThat(_get(Paragraph.class, s -> s.withId("api-key-secret-warning")).getText())
                .contains("elle ne sera plus jamais affichée");
        _click(_get(Button.class, s -> s.withId("api-key-done")));
        _assertNone(TextField.class, s -> s.withId("api-key-secret"));
        assertThat(_find(TextField.class)).extracting(TextField::getValue).doesNotContain(shown);

        int row = row("Agenda " + marker);
        var line = GridKt._getFormattedRow(grid(), row);
        var hash = dsl.select(API_KEY.SECRET_HASH).from(API_KEY).where(API_KEY.NAME.eq("Agenda " + marker))
                .fetchOne(API_KEY.SECRET_HASH);
        assertThat(line).contains("Agenda " + marker, shown.substring(0, 12) + "…", title, "Active")
                .noneMatch(cell -> cell.contains(shown.substring(12)) || cell.contains(hash));
        var client = keys.authenticate(shown).orElseThrow();
        assertThat(client.eventId()).isEqualTo(eventId);
    }

    @Test
    void a_key_without_event_reads_every_event() {
        openAsOrganiser();

        _click(_get(Button.class, s -> s.withId("api-key-new")));
        _setValue(_get(TextField.class, s -> s.withId("api-key-name")), "Tableau " + marker);
        _click(_get(Button.class, s -> s.withId("api-key-create")));

        var shown = _get(TextField.class, s -> s.withId("api-key-secret")).getValue();
        assertThat(keys.authenticate(shown).orElseThrow().eventId()).isNull();
        assertThat(GridKt._getFormattedRow(grid(), row("Tableau " + marker))).contains("Tous les événements");
    }

    @Test
    void organiser_revokes_a_key_after_confirming_and_it_stays_listed() {
        long me = accounts.idOf("orga@journees.test").orElseThrow();
        var created = keys.create(new ApiKeyDraft("Ancien site " + marker, null), me);
        openAsOrganiser();

        int row = row("Ancien site " + marker);
        var revoke = (Button) GridKt._getCellComponent(grid(), row, "actions");
        assertThat(revoke.getId()).hasValue("api-key-revoke-" + created.id());
        _click(revoke);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, s -> s.withId("api-key-revoke-confirm")));

        assertThat(keys.authenticate(created.secret())).isEmpty();
        row = row("Ancien site " + marker);
        assertThat(String.join(" ", GridKt._getFormattedRow(grid(), row))).contains("Révoquée le");
        assertThat(GridKt._getCellComponent(grid(), row, "actions").isVisible()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void organiser_adds_an_origin_which_is_allowed_at_once_then_removes_it() {
        openAsOrganiser();
        var stored = "https://agenda." + marker + ".example.org";

        _setValue(_get(TextField.class, s -> s.withId("api-origin-field")),
                "HTTPS://Agenda." + marker + ".Example.org/");
        _click(_get(Button.class, s -> s.withId("api-origin-add")));

        Grid<String> grid = _get(Grid.class, s -> s.withId("api-origins-grid"));
        assertThat(GridKt._findAll(grid)).contains(stored);
        assertThat(_get(TextField.class, s -> s.withId("api-origin-field")).getValue()).isEmpty();
        assertThat(origins.allowed(stored)).isTrue();

        int row = GridKt._findAll(grid).indexOf(stored);
        _click((Button) GridKt._getCellComponent(grid, row, "actions"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, s -> s.withId("api-origin-remove-confirm")));

        assertThat(GridKt._findAll(grid)).doesNotContain(stored);
        assertThat(origins.allowed(stored)).isFalse();
    }

    @Test
    void an_invalid_origin_is_refused_with_the_reason_in_french_and_the_typing_kept() {
        openAsOrganiser();
        var field = _get(TextField.class, s -> s.withId("api-origin-field"));
        var typed = "https://" + marker + ".example.org/agenda";

        _setValue(field, typed);
        _click(_get(Button.class, s -> s.withId("api-origin-add")));

        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("Une origine s’arrête au nom de domaine et au port : "
                + "retirez le chemin, les paramètres et l’ancre, par exemple https://www.exemple.fr.");
        assertThat(field.getValue()).isEqualTo(typed);
        assertThat(origins.all()).noneMatch(origin -> origin.contains(marker));

        _setValue(field, "ftp://" + marker + ".example.org");
        assertThat(field.isInvalid()).isFalse();
        _click(_get(Button.class, s -> s.withId("api-origin-add")));
        assertThat(field.getErrorMessage()).startsWith("Une origine commence par https:// ou http://");
    }

    @Test
    void a_second_entry_of_the_same_origin_is_refused_in_french() {
        origins.add("https://" + marker + ".example.org");
        openAsOrganiser();
        var field = _get(TextField.class, s -> s.withId("api-origin-field"));

        _setValue(field, "https://" + marker + ".example.org:443");
        _click(_get(Button.class, s -> s.withId("api-origin-add")));

        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("Cette origine est déjà dans la liste.");
    }

    @Test
    void links_to_the_api_documentation_open_in_a_new_tab() {
        openAsOrganiser();
        var docs = _get(Anchor.class, s -> s.withId("api-docs-link"));
        assertThat(docs.getHref()).isEqualTo("/swagger-ui/index.html");
        assertThat(docs.getTarget()).hasValue("_blank");
        assertThat(_get(Anchor.class, s -> s.withId("api-openapi-link")).getHref()).isEqualTo("/v3/api-docs");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Accès API");
    }

    @Test
    void organisers_find_it_in_the_menu() {
        login("orga@journees.test", Roles.ORGANISER);
        UI.getCurrent().navigate(HomeView.class);
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Accès API");
    }

    @Test
    void a_facilitator_neither_sees_nor_opens_it() {
        login("anim@journees.test", Roles.FACILITATOR);
        UI.getCurrent().navigate(HomeView.class);
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).doesNotContain("Accès API");
        assertThatThrownBy(() -> UI.getCurrent().navigate(ApiAccessView.class))
                .hasMessageContaining("Access is denied");
        assertThatThrownBy(() -> UI.getCurrent().navigate("acces-api")).hasMessageContaining("Access is denied");
    }

    private void openAsOrganiser() {
        login("orga@journees.test", Roles.ORGANISER);
        UI.getCurrent().navigate("acces-api");
    }

    @SuppressWarnings("unchecked")
    private Grid<ApiKeyView> grid() {
        return _get(Grid.class, s -> s.withId("api-keys-grid"));
    }

    private int row(String name) {
        return IntStream.range(0, GridKt._size(grid()))
                .filter(i -> GridKt._get(grid(), i).name().equals(name)).findFirst().orElseThrow();
    }
}
