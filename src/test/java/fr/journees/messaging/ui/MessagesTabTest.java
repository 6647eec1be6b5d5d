package fr.journees.messaging.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import fr.journees.event.ui.EventEditorView;
import fr.journees.mail.MailService;
import fr.journees.messaging.MessagingService;
import fr.journees.messaging.Presence;
import fr.journees.messaging.ScheduledMailsService;
import fr.journees.messaging.SentMessage;
import fr.journees.registration.AttendanceService;
import fr.journees.registration.OpenDay;
import fr.journees.registration.RegistrationService;
import fr.journees.security.Roles;
import fr.journees.support.KaribuTest;

class MessagesTabTest extends KaribuTest {

    @Autowired OpenDay days;
    @Autowired RegistrationService registrations;
    @Autowired AttendanceService attendance;
    @Autowired MessagingService messaging;
    @Autowired ScheduledMailsService scheduled;
    @Autowired MailService mails;

    long eventId;
    final List<Long> created = new ArrayList<>();

    @BeforeEach
    void aDayWithTwoRegistrants() {
        eventId = days.create("onglet-messages", null);
        created.add(eventId);
        var amaia = registrations.register(eventId, OpenDay.person("Amaia", "amaia.tab@example.test", null, null));
        registrations.register(eventId, OpenDay.person("Beñat", "benat.tab@example.test", null, null));
        attendance.checkIn(eventId, registrations.byToken(amaia.token()).orElseThrow().id(), "accueil@journees.test",
                "porte");
    }

    @AfterEach
    void removeTheDay() {
        created.forEach(days::remove);
    }

    private void open() {
        UI.getCurrent().navigate(EventEditorView.class, EventEditorView.parameters(eventId, "messages"));
    }

    @Test
    void a_message_typed_and_not_sent_asks_before_another_tab_is_opened_and_stays_when_the_organiser_stays() {
        login("orga.messages@journees.test", Roles.ORGANISER);
        open();
        _setValue(_get(TextField.class, s -> s.withId("message-subject")), "Rendez-vous demain");

        UI.getCurrent().navigate(EventEditorView.class, EventEditorView.parameters(eventId, "general"));

        var ask = _get(ConfirmDialog.class, s -> s.withId("unsaved-changes"));
        ConfirmDialogKt._fireCancel(ask);
        assertThat(_get(TextField.class, s -> s.withId("message-subject")).getValue()).isEqualTo("Rendez-vous demain");
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_organiser_previews_tests_and_sends_a_message_to_those_absent() {
        login("orga.messages@journees.test", Roles.ORGANISER);
        open();
        assertThat(_get(Paragraph.class, s -> s.withId("message-count")).getText()).isEqualTo("2 destinataires");
        _setValue(_get(Select.class, s -> s.withId("message-presence")), Presence.ABSENT);
        _setValue(_get(TextField.class, s -> s.withId("message-subject")), "Vous nous avez manqué, {prénom}");
        _setValue(_get(TextArea.class, s -> s.withId("message-body")), "Bonjour {prénom},\nvoici votre lien : {lien}");

        assertThat(_get(Paragraph.class, s -> s.withId("message-count")).getText()).isEqualTo("1 destinataire");
        assertThat(_get(Paragraph.class, s -> s.withId("message-preview-for")).getText())
                .isEqualTo("Aperçu pour Beñat Etcheverry :");
        assertThat(_get(H4.class, s -> s.withId("message-preview-subject")).getText())
                .isEqualTo("Vous nous avez manqué, Beñat");
        assertThat(_get(Div.class, s -> s.withId("message-preview-body")).getText()).startsWith("Bonjour Beñat,")
                .contains("/r/");
        assertThat(_get(com.vaadin.flow.component.details.Details.class, s -> s.withId("message-placeholders"))
                .getElement().getTextRecursively()).contains("{prénom}", "{lien}", "{agenda}");

        _click(_get(Button.class, s -> s.withId("message-test")));
        assertThat(mails.page("orga.messages@journees.test", 0, 1)).singleElement()
                .satisfies(m -> assertThat(m.subject()).isEqualTo("[Test] Vous nous avez manqué, Beñat"));
        assertThat(messaging.sentCount(eventId)).isZero();

        _click(_get(Button.class, s -> s.withId("message-send")));
        var confirm = _get(ConfirmDialog.class, s -> s.withId("message-confirm"));
        assertThat(messaging.sentCount(eventId)).as("nothing before confirming").isZero();
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(messaging.sent(eventId, 0, 5)).singleElement().satisfies(m -> {
            assertThat(m.recipientCount()).isEqualTo(1);
            assertThat(m.audience()).isEqualTo("Confirmée · Absents (pas passés à l’accueil)");
        });
        Grid<SentMessage> sent = _get(Grid.class, s -> s.withId("messages-sent-grid"));
        assertThat(GridKt._size(sent)).isEqualTo(1);
        assertThat(_get(TextField.class, s -> s.withId("message-subject")).getValue()).isEmpty();
    }

    @Test
    void an_empty_subject_is_refused_at_the_field_and_sends_nothing() {
        login("orga.messages@journees.test", Roles.ORGANISER);
        open();
        _setValue(_get(TextArea.class, s -> s.withId("message-body")), "Bonjour");
        _click(_get(Button.class, s -> s.withId("message-send")));
        assertThat(_get(TextField.class, s -> s.withId("message-subject")).isInvalid()).isTrue();
        assertThat(messaging.sentCount(eventId)).isZero();
    }

    @Test
    void an_organiser_switches_on_the_reminder_and_edits_the_thanks() {
        login("orga.messages@journees.test", Roles.ORGANISER);
        open();
        assertThat(_get(TextArea.class, s -> s.withId("scheduled-reminder-body")).getValue())
                .contains("{prénom}", "{horaires}", "{adresse}", "{parcours}", "{atelier}", "{agenda}", "{lien}");
        assertThat(_get(TextArea.class, s -> s.withId("scheduled-thanks-body")).getValue()).contains("{enquête}");
        _setValue(_get(Checkbox.class, s -> s.withId("scheduled-reminder-enabled")), true);
        _setValue(_get(IntegerField.class, s -> s.withId("scheduled-reminder-days")), 3);
        _setValue(_get(TextField.class, s -> s.withId("scheduled-thanks-subject")), "Merci {prénom} !");
        _click(_get(Button.class, s -> s.withId("scheduled-save")));

        var saved = scheduled.schedule(eventId, Locale.FRENCH).settings();
        assertThat(saved.reminderEnabled()).isTrue();
        assertThat(saved.reminderDaysBefore()).isEqualTo(3);
        assertThat(saved.thanksEnabled()).isFalse();
        assertThat(saved.thanksSubject()).isEqualTo("Merci {prénom} !");

        _setValue(_get(IntegerField.class, s -> s.withId("scheduled-reminder-days")), 45);
        _click(_get(Button.class, s -> s.withId("scheduled-save")));
        assertThat(_get(IntegerField.class, s -> s.withId("scheduled-reminder-days")).isInvalid()).isTrue();
        assertThat(scheduled.schedule(eventId, Locale.FRENCH).settings().reminderDaysBefore()).isEqualTo(3);
    }

    @Test
    void a_facilitator_is_refused() {
        login("anim@journees.test", Roles.FACILITATOR);
        assertThatThrownBy(this::open).hasMessageContaining("Access is denied");
    }
}
