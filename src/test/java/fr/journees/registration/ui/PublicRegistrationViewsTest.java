package fr.journees.registration.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import fr.journees.base.ui.NotFoundView;
import fr.journees.event.EventService;
import fr.journees.event.EventStatus;
import fr.journees.registration.Departement;
import fr.journees.registration.OpenDay;
import fr.journees.registration.RegistrationService;
import fr.journees.registration.RegistrationStatus;
import fr.journees.registration.StructureKind;
import fr.journees.support.KaribuTest;

/** The participants' pages, anonymous; they keep the personal link to themselves and say why a text is refused. */
class PublicRegistrationViewsTest extends KaribuTest {

    @Autowired OpenDay days;
    @Autowired EventService events;
    @Autowired RegistrationService registrations;

    final List<Long> created = new ArrayList<>();

    @AfterEach
    void removeTheDays() {
        created.forEach(days::remove);
    }

    private String openDay() {
        long id = days.create("public", 50);
        created.add(id);
        return events.details(id).orElseThrow().slug();
    }

    @Test
    void the_event_page_of_a_published_day_invites_to_register_and_an_unknown_or_draft_day_is_not_found() {
        var slug = openDay();
        UI.getCurrent().navigate("e/" + slug);
        assertThat(_get(H1.class, s -> s.withId("event-page-title")).getText()).startsWith("Journée public");
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, s -> s.withId("register-link")).getHref())
                .isEqualTo("e/" + slug + "/inscription");

        UI.getCurrent().navigate("e/no-such-day");
        _get(NotFoundView.class);
        long draft = days.create("brouillon", null, EventStatus.DRAFT, null, null);
        created.add(draft);
        UI.getCurrent().navigate("e/" + events.details(draft).orElseThrow().slug());
        _get(NotFoundView.class);
        UI.getCurrent().navigate("r/AAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        _get(NotFoundView.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void bad_input_is_explained_and_kept_then_a_valid_form_lands_on_the_personal_page() {
        var slug = openDay();
        UI.getCurrent().navigate("e/" + slug + "/inscription");
        _setValue(_get(TextField.class, s -> s.withId("registration-firstName")), "Amaia");
        _setValue(_get(EmailField.class, s -> s.withId("registration-email")), "pas-une-adresse");
        _click(_get(Button.class, s -> s.withId("registration-submit")));

        assertThat(_get(TextField.class, s -> s.withId("registration-lastName")).isInvalid()).isTrue();
        assertThat(_get(Checkbox.class, s -> s.withId("registration-consentData")).isInvalid()).isTrue();
        assertThat(_get(TextField.class, s -> s.withId("registration-firstName")).getValue()).isEqualTo("Amaia");
        assertThat(registrations.count(created.get(0), fr.journees.registration.RegistrationFilter.NONE)).isZero();

        _setValue(_get(TextField.class, s -> s.withId("registration-lastName")), "Irigoyen");
        _setValue(_get(EmailField.class, s -> s.withId("registration-email")), "amaia@example.test");
        _setValue(_get(Checkbox.class, s -> s.withId("registration-consentData")), true);
        _setValue(_get(Select.class, s -> s.withId("registration-structureKind")), StructureKind.RESIDENT);
        _setValue(_get(ComboBox.class, s -> s.withId("registration-departement")),
                Departement.of("64").orElseThrow());
        _click(_get(Button.class, s -> s.withId("registration-submit")));

        assertThat(_get(Paragraph.class, s -> s.withId("personal-status")).getText())
                .isEqualTo("Votre inscription est confirmée.");
        var stored = registrations.all(created.get(0)).get(0);
        assertThat(stored.structureKind()).isEqualTo(StructureKind.RESIDENT);
        assertThat(stored.departement()).isEqualTo("64");
    }

    @Test
    void the_honeypot_registers_nobody() {
        var slug = openDay();
        UI.getCurrent().navigate("e/" + slug + "/inscription");
        _setValue(_get(TextField.class, s -> s.withId("registration-firstName")), "Bot");
        _setValue(_get(TextField.class, s -> s.withId("registration-lastName")), "Bot");
        _setValue(_get(EmailField.class, s -> s.withId("registration-email")), "bot@example.test");
        _setValue(_get(Checkbox.class, s -> s.withId("registration-consentData")), true);
        _setValue(_get(TextField.class, s -> s.withId("registration-website")), "http://spam.test");
        _click(_get(Button.class, s -> s.withId("registration-submit")));

        assertThat(registrations.count(created.get(0), fr.journees.registration.RegistrationFilter.NONE)).isZero();
    }

    @Test
    void the_personal_page_cancels_after_confirmation() {
        openDay();
        var outcome = registrations.register(created.get(0), OpenDay.person("Peio", "peio@example.test", null, null));
        UI.getCurrent().navigate("r/" + outcome.token());
        _click(_get(Button.class, s -> s.withId("personal-cancel")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(registrations.byToken(outcome.token()).orElseThrow().status())
                .isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(_get(Paragraph.class, s -> s.withId("personal-status")).getText())
                .isEqualTo("Votre inscription est annulée.");
    }

    @Test
    void google_and_outlook_get_the_public_page_never_the_personal_link() {
        var slug = openDay();
        var token = registrations.register(created.get(0), OpenDay.person("Amaia", "amaia.cal@exemple.fr", null, null))
                .token();
        UI.getCurrent().navigate("r/" + token);

        for (var button : List.of("calendar-google", "calendar-outlook")) {
            var anchor = _get(Anchor.class, s -> s.withId(button));
            var href = URLDecoder.decode(anchor.getHref(), StandardCharsets.UTF_8);
            assertThat(href).doesNotContain(token).doesNotContain("/r/").contains("/e/" + slug);
            assertThat(anchor.getElement().getAttribute("rel")).contains("noreferrer");
        }
    }

    @Test
    void a_pasted_text_longer_than_allowed_is_kept_whole_and_explained_at_the_field() {
        var slug = openDay();
        UI.getCurrent().navigate("e/" + slug + "/inscription");
        var pasted = "Structure ".repeat(500);
        var organisation = _get(TextField.class, s -> s.withId("registration-organisation"));
        _setValue(_get(TextField.class, s -> s.withId("registration-firstName")), "Amaia");
        _setValue(_get(TextField.class, s -> s.withId("registration-lastName")), "Irigoyen");
        _setValue(_get(EmailField.class, s -> s.withId("registration-email")), "amaia.long@exemple.fr");
        _setValue(organisation, pasted);
        _setValue(_get(TextArea.class, s -> s.withId("registration-dietary")), "x".repeat(1001));
        _click(_get(Button.class, s -> s.withId("registration-submit")));

        assertThat(organisation.getMaxLength()).isZero();
        assertThat(organisation.getValue()).isEqualTo(pasted);
        assertThat(organisation.isInvalid()).isTrue();
        assertThat(organisation.getErrorMessage()).contains("300");
        assertThat(_get(TextArea.class, s -> s.withId("registration-dietary")).getErrorMessage())
                .containsPattern("1\\D?000");
    }

    @Test
    void the_lost_link_form_stops_an_address_that_asks_too_often() {
        var slug = openDay();
        UI.getCurrent().navigate("e/" + slug);
        for (int i = 0; i < 10; i++) {
            _setValue(_get(EmailField.class, s -> s.withId("lost-link-email")), "qui" + i + "@exemple.fr");
            _click(_get(Button.class, s -> s.withId("lost-link-send")));
        }
        NotificationsKt.clearNotifications();
        _setValue(_get(EmailField.class, s -> s.withId("lost-link-email")), "encore@exemple.fr");
        _click(_get(Button.class, s -> s.withId("lost-link-send")));

        NotificationsKt.expectNotifications("Trop de demandes de lien depuis votre connexion. Réessayez dans une "
                + "heure ; si votre lien reste introuvable, écrivez aux organisateurs.");
    }
}
