package fr.journees.directory.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;

import fr.journees.directory.DirectoryService;
import fr.journees.directory.OrganisationDraft;
import fr.journees.directory.OrganisationKind;
import fr.journees.directory.OrganisationLogos;
import fr.journees.directory.OrganisationSummary;
import fr.journees.event.ui.HomeView;
import fr.journees.security.Roles;
import fr.journees.support.KaribuTest;
import fr.journees.support.TestLogos;

class OrganisationsViewTest extends KaribuTest {

    @Autowired DirectoryService directory;
    @Autowired OrganisationLogos logos;

    final String token = "kb" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void organiserOpensTheOrganisations() {
        login("orga@journees.test", Roles.ORGANISER);
        UI.getCurrent().navigate(OrganisationsView.class);
    }

    @Test
    void the_three_directories_are_in_the_organisers_menu() {
        UI.getCurrent().navigate(HomeView.class);
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel)
                .contains("Organisations", "Lieux", "Personnes");
    }

    @Test
    void lists_the_organisations_and_finds_one_whatever_the_case_and_accents_typed() {
        assertThat(GridKt._size(grid())).isGreaterThanOrEqualTo(8);
        search("pays et QUARTIERS de nouvelle-aquitaine");
        assertThat(names()).containsExactly("Pays et Quartiers de Nouvelle-Aquitaine (PQN-A)");
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("Établissement public");
        search("artotekafe");
        assertThat(names()).containsExactly("Artotekafé");
    }

    @Test
    void creates_an_organisation_through_the_form() {
        _click(_get(Button.class, spec -> spec.withId("add")));
        _assertOne(Dialog.class);
        _setValue(field("name"), "Régie de quartier " + token);
        _setValue(kind(), OrganisationKind.LOCAL_AUTHORITY);
        _setValue(field("territory"), "Bayonne");
        _setValue(field("email"), "regie@example.org");
        _click(_get(Button.class, spec -> spec.withId("save")));

        _assertNone(Dialog.class);
        NotificationsKt.expectNotifications("Organisation « Régie de quartier " + token + " » enregistrée.");
        search(token);
        assertThat(names()).containsExactly("Régie de quartier " + token);
        var stored = directory.organisation(GridKt._get(grid(), 0).id()).orElseThrow().draft();
        assertThat(stored).isEqualTo(new OrganisationDraft("Régie de quartier " + token,
                OrganisationKind.LOCAL_AUTHORITY, "Bayonne", null, "regie@example.org", null, null, null, null));
    }

    @Test
    void edits_an_organisation_chosen_in_the_grid() {
        long id = directory.createOrganisation(draft("Centre social " + token, "Anglet"));
        search(token);
        grid().select(GridKt._get(grid(), 0));
        assertThat(field("name").getValue()).isEqualTo("Centre social " + token);
        _setValue(field("territory"), "Anglet, Bayonne");
        _click(_get(Button.class, spec -> spec.withId("save")));

        _assertNone(Dialog.class);
        var stored = directory.organisation(id).orElseThrow();
        assertThat(stored.draft().territory()).isEqualTo("Anglet, Bayonne");
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void an_edit_crossing_someone_elses_is_refused_in_french_and_keeps_what_was_typed() {
        long id = directory.createOrganisation(draft("Médiathèque " + token, "Anglet"));
        search(token);
        grid().select(GridKt._get(grid(), 0));
        directory.updateOrganisation(id, 0, draft("Médiathèque " + token, "Biarritz"));

        _setValue(field("territory"), "Boucau");
        _click(_get(Button.class, spec -> spec.withId("save")));

        _assertOne(Dialog.class);
        assertThat(problem()).startsWith("Quelqu’un d’autre a modifié ou supprimé cette organisation entre-temps.");
        assertThat(field("territory").getValue()).isEqualTo("Boucau");
        assertThat(directory.organisation(id).orElseThrow().draft().territory()).isEqualTo("Biarritz");
    }

    @Test
    void a_second_organisation_of_the_same_name_is_refused_at_the_name_field() {
        directory.createOrganisation(draft("Tiers-lieu " + token, null));
        _click(_get(Button.class, spec -> spec.withId("add")));
        _setValue(field("name"), "TIERS-LIEU " + token);
        _click(_get(Button.class, spec -> spec.withId("save")));

        _assertOne(Dialog.class);
        assertThat(field("name").getErrorMessage())
                .isEqualTo("Une organisation porte déjà ce nom (majuscules et accents mis à part).");
        assertThat(field("name").getValue()).isEqualTo("TIERS-LIEU " + token);
    }

    @Test
    void refuses_to_delete_hubikoop_and_says_it_still_organises_an_event() {
        search("Hubikoop");
        grid().select(GridKt._get(grid(), 0));
        _click(_get(Button.class, spec -> spec.withId("delete")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        _assertOne(Dialog.class);
        assertThat(problem())
                .startsWith("Impossible de supprimer « Hubikoop » : cette organisation est encore mentionnée par ")
                .contains("une journée (comme organisatrice)")
                .endsWith(". Retirez-la d’abord de ces fiches.");
        assertThat(directory.countOrganisations("Hubikoop")).isEqualTo(1);
    }

    @Test
    void deletes_an_organisation_no_one_refers_to_once_confirmed() {
        long id = directory.createOrganisation(draft("Éphémère " + token, null));
        search(token);
        grid().select(GridKt._get(grid(), 0));
        _click(_get(Button.class, spec -> spec.withId("delete")));
        var confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getText(confirm)).isEqualTo("« Éphémère " + token
                + " » sera supprimée définitivement de l’annuaire.");
        ConfirmDialogKt._fireConfirm(confirm);

        _assertNone(Dialog.class);
        NotificationsKt.expectNotifications("Organisation « Éphémère " + token + " » supprimée.");
        assertThat(directory.organisation(id)).isEmpty();
        assertThat(GridKt._size(grid())).isZero();
    }

    @Test
    void a_logo_chosen_in_the_dialog_is_saved_at_once_a_file_that_is_not_an_image_refused_and_the_logo_removable() {
        long id = directory.createOrganisation(draft("Logo " + token, null));
        try {
            search(token);
            grid().select(GridKt._get(grid(), 0));
            assertThat(logoState()).startsWith("Pas de logo");
            _assertNone(Image.class, spec -> spec.withId("organisation-logo-preview"));
            var png = TestLogos.png("Régie", 0x2e9e5b, 200, 60);

            UploadKt._upload(logoUpload(), "logo.png", "image/png", png);
            MockVaadin.clientRoundtrip(false);
            NotificationsKt.expectNotifications("Logo enregistré");
            assertThat(logos.logo(id)).hasValueSatisfying(saved -> assertThat(saved).isEqualTo(png));
            assertThat(logoState()).startsWith("Le logo paraît avec le nom");
            _assertOne(Image.class, spec -> spec.withId("organisation-logo-preview"));

            UploadKt._upload(logoUpload(), "logo.png", "image/png", "<svg onload=alert(1)>".getBytes());
            MockVaadin.clientRoundtrip(false);
            NotificationsKt.expectNotifications("Le logo doit être une image PNG ou JPEG.");
            assertThat(logos.logo(id)).hasValueSatisfying(kept -> assertThat(kept).isEqualTo(png));

            _click(_get(Button.class, spec -> spec.withId("organisation-logo-remove")));
            assertThat(logos.logo(id)).isEmpty();
            assertThat(logoState()).startsWith("Pas de logo");
        } finally {
            directory.deleteOrganisation(id, directory.organisation(id).orElseThrow().version());
        }
    }

    @Test
    void a_new_organisation_is_saved_before_it_gets_a_logo() {
        _click(_get(Button.class, spec -> spec.withId("add")));
        assertThat(logoState()).isEqualTo("Enregistrez d’abord l’organisation pour lui ajouter un logo.");
        _assertNone(Upload.class, spec -> spec.withId("organisation-logo-upload"));
    }

    private static Upload logoUpload() {
        return _get(Upload.class, spec -> spec.withId("organisation-logo-upload"));
    }

    private static String logoState() {
        return _get(Paragraph.class, spec -> spec.withId("organisation-logo-state")).getText();
    }

    @Test
    void a_facilitator_may_not_open_the_organisations() {
        login("anim@journees.test", Roles.FACILITATOR);
        UI.getCurrent().navigate(HomeView.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate(OrganisationsView.class))
                .hasMessageContaining("Access is denied");
        _assertNone(OrganisationsView.class);
    }

    private static OrganisationDraft draft(String name, String territory) {
        return new OrganisationDraft(name, OrganisationKind.ASSOCIATION, territory, null, null, null, null, null,
                null);
    }

    @Test
    void closing_the_dialog_after_typing_asks_first_and_keeps_what_was_typed_when_the_organiser_stays() {
        _click(_get(Button.class, spec -> spec.withId("add")));
        var dialog = _get(Dialog.class, spec -> spec.withId("organisation-dialog"));
        _setValue(field("name"), "Brouillon " + token);

        com.vaadin.flow.component.ComponentUtil.fireEvent(dialog, new Dialog.DialogCloseActionEvent(dialog, true));
        var ask = _get(ConfirmDialog.class, spec -> spec.withId("unsaved-dialog"));
        assertThat(ConfirmDialogKt.getText(ask)).contains("n’est pas enregistré");
        ConfirmDialogKt._fireCancel(ask);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(field("name").getValue()).isEqualTo("Brouillon " + token);

        _click(_get(Button.class, spec -> spec.withId("cancel")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("unsaved-dialog")));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(directory.countOrganisations("Brouillon " + token)).isZero();
    }

    @Test
    void closing_an_untouched_dialog_asks_nothing() {
        _click(_get(Button.class, spec -> spec.withId("add")));
        var dialog = _get(Dialog.class, spec -> spec.withId("organisation-dialog"));

        _click(_get(Button.class, spec -> spec.withId("cancel")));

        assertThat(dialog.isOpened()).isFalse();
        _assertNone(ConfirmDialog.class);
    }

    private static void search(String text) {
        _setValue(_get(TextField.class, spec -> spec.withId("search")), text);
    }

    @SuppressWarnings("unchecked")
    private static Grid<OrganisationSummary> grid() {
        return _get(Grid.class, spec -> spec.withId("organisations-grid"));
    }

    private static List<String> names() {
        var grid = grid();
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i).name()).toList();
    }

    private static TextField field(String property) {
        return _get(TextField.class, spec -> spec.withId("organisation-" + property));
    }

    @SuppressWarnings("unchecked")
    private static Select<OrganisationKind> kind() {
        return _get(Select.class, spec -> spec.withId("organisation-kind"));
    }

    private static String problem() {
        return _get(Paragraph.class, spec -> spec.withId("organisation-form-problem")).getText();
    }
}
