package fr.journees.workshop.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static fr.journees.db.Tables.ACCOUNT;
import static fr.journees.db.Tables.EVENT;
import static fr.journees.db.Tables.INITIATIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import fr.journees.event.EventStatus;
import fr.journees.event.ui.EventEditorView;
import fr.journees.security.AccountOption;
import fr.journees.security.AccountService;
import fr.journees.security.Roles;
import fr.journees.support.KaribuTest;
import fr.journees.workshop.InitiativeDraft;
import fr.journees.workshop.InitiativeService;
import fr.journees.workshop.InitiativeView;
import fr.journees.workshop.TestData;
import fr.journees.workshop.WorkshopDraft;
import fr.journees.workshop.WorkshopService;
import fr.journees.workshop.WorkshopView;

/** The workshops tab of the event editor, on an event of the test's own. */
class WorkshopsTabTest extends KaribuTest {

    @Autowired WorkshopService workshops;
    @Autowired InitiativeService initiatives;
    @Autowired AccountService accounts;
    @Autowired DSLContext dsl;

    long eventId;

    /** In the names of the test's initiatives and accounts, removed with the event afterwards. */
    String marker;

    @BeforeEach
    void anEventOfOurOwn() {
        eventId = TestData.event(dsl, EventStatus.DRAFT);
        marker = TestData.unique("onglet").replace(' ', '-');
        login("orga@journees.test", Roles.ORGANISER);
    }

    @AfterEach
    void removeTheTestsRows() {
        dsl.deleteFrom(EVENT).where(EVENT.ID.eq(eventId)).execute();
        dsl.deleteFrom(INITIATIVE).where(INITIATIVE.TITLE.contains(marker)).execute();
        dsl.deleteFrom(ACCOUNT).where(ACCOUNT.EMAIL.contains(marker).or(ACCOUNT.DISPLAY_NAME.contains(marker)))
                .execute();
    }

    @Test
    @SuppressWarnings("unchecked")
    void organiser_creates_a_workshop_led_by_a_facilitator() {
        long lea = TestData.facilitator(dsl, "Léa " + marker);
        open();

        _click(button("workshop-new"));
        _setValue(_get(TextField.class, s -> s.withId("workshop-title")), "Éducation aux médias");
        _setValue(_get(TextField.class, s -> s.withId("workshop-room")), "Salle 1");
        _setValue(_get(IntegerField.class, s -> s.withId("workshop-capacity")), 20);
        var facilitators = (MultiSelectComboBox<AccountOption>) _get(MultiSelectComboBox.class,
                s -> s.withId("workshop-facilitators"));
        var option = accounts.facilitators("", 0, 1000).stream().filter(a -> a.id() == lea).findFirst().orElseThrow();
        _setValue(facilitators, Set.of(option));
        _click(button("workshop-save"));

        var created = only();
        assertThat(created.title()).isEqualTo("Éducation aux médias");
        assertThat(created.capacity()).isEqualTo(20);
        assertThat(created.facilitators()).extracting(AccountOption::id).containsExactly(lea);
        assertThat(_get(Details.class, s -> s.withId("workshop-" + created.id())).getSummaryText())
                .isEqualTo("Atelier 1 : Éducation aux médias (aucune initiative)");
        assertThat(_get(Details.class, s -> s.withId("workshop-" + created.id())).getElement().getTextRecursively())
                .contains("Salle : Salle 1 · Capacité : 20 places · Animation : Léa");
        _assertNone(TextField.class, s -> s.withId("workshop-title"));
    }

    @Test
    void bad_input_is_told_at_the_field_in_french_and_nothing_is_lost() {
        open();
        _click(button("workshop-new"));
        _setValue(_get(TextField.class, s -> s.withId("workshop-room")), "Salle 3");
        _setValue(_get(IntegerField.class, s -> s.withId("workshop-capacity")), -1);
        _click(button("workshop-save"));

        var title = _get(TextField.class, s -> s.withId("workshop-title"));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Donnez un titre à l’atelier.");
        assertThat(_get(IntegerField.class, s -> s.withId("workshop-capacity")).isInvalid()).isTrue();
        assertThat(_get(TextField.class, s -> s.withId("workshop-room")).getValue()).isEqualTo("Salle 3");
        assertThat(workshops.forEvent(eventId)).isEmpty();
    }

    @Test
    void a_title_used_twice_in_the_event_is_refused_at_the_title() {
        workshops.create(eventId, draft("Aller vers"), Set.of());
        open();
        _click(button("workshop-new"));
        _setValue(_get(TextField.class, s -> s.withId("workshop-title")), "aller vers");
        _click(button("workshop-save"));

        assertThat(_get(TextField.class, s -> s.withId("workshop-title")).getErrorMessage())
                .isEqualTo("Un autre atelier de cette journée porte déjà ce titre.");
        assertThat(workshops.forEvent(eventId)).hasSize(1);
    }

    @Test
    void a_change_made_meanwhile_by_someone_else_is_reported_and_the_typing_kept() {
        long id = workshops.create(eventId, draft("Atelier"), Set.of());
        open();
        _click(button("workshop-edit-" + id));
        _setValue(_get(TextField.class, s -> s.withId("workshop-room")), "Ma salle");

        workshops.update(id, only().version(), new WorkshopDraft("Atelier", null, null, "Sa salle", null), Set.of());
        _click(button("workshop-save"));

        assertThat(_get(Paragraph.class, s -> s.withId("workshop-form-problem")).getText())
                .startsWith("Quelqu’un d’autre a modifié ou supprimé cet atelier");
        assertThat(_get(TextField.class, s -> s.withId("workshop-room")).getValue()).isEqualTo("Ma salle");
        assertThat(only().room()).isEqualTo("Sa salle");
    }

    @Test
    void organiser_reorders_the_workshops_with_the_up_and_down_buttons() {
        long a = workshops.create(eventId, draft("A"), Set.of());
        long b = workshops.create(eventId, draft("B"), Set.of());
        open();
        assertThat(button("workshop-up-" + a).isEnabled()).isFalse();
        assertThat(button("workshop-down-" + b).isEnabled()).isFalse();

        _click(button("workshop-down-" + a));

        assertThat(titles()).containsExactly("B", "A");
        assertThat(_find(Details.class, s -> s.withId("workshop-" + a)).get(0).getSummaryText())
                .startsWith("Atelier 2 : A");
        assertThat(button("workshop-down-" + a).isEnabled()).isFalse();
        _click(button("workshop-up-" + a));
        assertThat(titles()).containsExactly("A", "B");
    }

    @Test
    void organiser_deletes_a_workshop_after_confirming() {
        long id = workshops.create(eventId, draft("À supprimer"), Set.of());
        open();
        _click(button("workshop-delete-" + id));
        assertThat(workshops.forEvent(eventId)).hasSize(1);

        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, s -> s.withId("workshop-delete-confirm")));

        assertThat(workshops.forEvent(eventId)).isEmpty();
        _assertNone(Details.class, s -> s.withId("workshop-" + id));
    }

    @Test
    @SuppressWarnings("unchecked")
    void organiser_invites_a_facilitator_who_gets_a_one_time_password_and_leads_the_workshop() {
        open();
        _click(button("workshop-new"));
        _setValue(_get(TextField.class, s -> s.withId("workshop-title")), "Développement économique");
        _click(button("workshop-invite"));
        var email = "nina-" + marker + "@journees.test";
        _setValue(_get(EmailField.class, s -> s.withId("invite-email")), email);
        _setValue(_get(TextField.class, s -> s.withId("invite-name")), "Nina");
        _click(button("invite-save"));

        assertThat(_get(TextField.class, s -> s.withId("one-time-password")).getValue()).isNotBlank();
        assertThat(accounts.mustChangePassword(email)).isTrue();
        _click(button("one-time-password-close"));
        var facilitators = (MultiSelectComboBox<AccountOption>) _get(MultiSelectComboBox.class,
                s -> s.withId("workshop-facilitators"));
        assertThat(facilitators.getValue()).extracting(AccountOption::email).containsExactly(email);
        _click(button("workshop-save"));
        assertThat(only().facilitators()).extracting(AccountOption::email).containsExactly(email);
    }

    @Test
    @SuppressWarnings("unchecked")
    void organiser_builds_a_recueil_picks_orders_and_removes_initiatives() {
        long id = workshops.create(eventId, draft("Aller vers"), Set.of());
        var first = initiative("Bus numérique");
        var second = initiative("Permanences en pied d’immeuble");
        open();

        var pick = (ComboBox<InitiativeView>) _get(ComboBox.class, s -> s.withId("recueil-pick-" + id));
        _setValue(pick, first);
        _click(button("recueil-add-" + id));
        pick = (ComboBox<InitiativeView>) _get(ComboBox.class, s -> s.withId("recueil-pick-" + id));
        _setValue(pick, second);
        _click(button("recueil-add-" + id));
        assertThat(recueil()).containsExactly(first.id(), second.id());

        _click(button("recueil-up-" + id + "-" + second.id()));
        assertThat(recueil()).containsExactly(second.id(), first.id());
        assertThat(_get(Details.class, s -> s.withId("workshop-" + id)).isOpened()).as("stays open").isTrue();

        _click(button("recueil-remove-" + id + "-" + second.id()));
        assertThat(recueil()).containsExactly(first.id());
        assertThat(initiatives.detail(second.id())).isPresent();
    }

    @Test
    void an_archived_event_shows_its_workshops_read_only() {
        long id = workshops.create(eventId, draft("Archivé"), Set.of());
        workshops.addToRecueil(id, initiative("Lue seulement").id());
        TestData.archive(dsl, eventId);
        open();

        _get(Paragraph.class, s -> s.withId("workshops-read-only"));
        _get(Details.class, s -> s.withId("workshop-" + id));
        _assertNone(Button.class, s -> s.withId("workshop-new"));
        _assertNone(Button.class, s -> s.withId("workshop-edit-" + id));
        _assertNone(Button.class, s -> s.withId("workshop-up-" + id));
        _assertNone(ComboBox.class, s -> s.withId("recueil-pick-" + id));
        assertThat(_find(Button.class, s -> s.withId("recueil-remove-" + id + "-" + only().initiatives().get(0).id())))
                .isEmpty();
    }

    @Test
    void a_facilitator_is_refused() {
        login("anim@journees.test", Roles.FACILITATOR);
        assertThatThrownBy(this::open).hasMessageContaining("Access is denied");
    }

    private void open() {
        UI.getCurrent().navigate(EventEditorView.class, EventEditorView.parameters(eventId, "ateliers"));
    }

    private static Button button(String id) {
        return _get(Button.class, s -> s.withId(id));
    }

    private static WorkshopDraft draft(String title) {
        return new WorkshopDraft(title, null, null, null, null);
    }

    private InitiativeView initiative(String title) {
        var unique = title + " " + marker;
        initiatives.create(new InitiativeDraft(unique, null, null, null, null));
        return initiatives.options(unique, 0, 1).get(0);
    }

    private WorkshopView only() {
        var list = workshops.forEvent(eventId);
        assertThat(list).hasSize(1);
        return list.get(0);
    }

    private List<String> titles() {
        return workshops.forEvent(eventId).stream().map(WorkshopView::title).toList();
    }

    private List<Long> recueil() {
        return only().initiatives().stream().map(InitiativeView::id).toList();
    }
}
