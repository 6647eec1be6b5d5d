package fr.journees.privacy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextArea;

import fr.journees.privacy.PrivacyAction;
import fr.journees.privacy.PrivacyService;
import fr.journees.registration.OpenDay;
import fr.journees.registration.RegistrationService;
import fr.journees.security.Roles;
import fr.journees.support.KaribuTest;

/** The organisers' personal-data view: find, see, erase with a reason that cannot be left out. */
class PersonalDataViewTest extends KaribuTest {

    @Autowired OpenDay days;
    @Autowired RegistrationService registrations;
    @Autowired PrivacyService privacy;

    final List<Long> created = new ArrayList<>();

    @AfterEach
    void removeTheDays() {
        created.forEach(days::remove);
    }

    @Test
    void an_organiser_finds_a_person_and_erases_them_only_once_a_reason_is_given() {
        long event = days.create("vue-donnees", null);
        created.add(event);
        var kept = registrations.register(event, OpenDay.person("Ane", "ane.vue@example.test", null, null));
        login("orga@journees.test", Roles.ORGANISER);
        UI.getCurrent().navigate(PersonalDataView.class);

        _setValue(_get(TextField.class, s -> s.withId("person-email")), "pas une adresse");
        _click(_get(Button.class, s -> s.withId("person-search")));
        assertThat(_get(TextField.class, s -> s.withId("person-email")).isInvalid()).isTrue();
        assertThat(_find(Paragraph.class, s -> s.withId("person-summary"))).isEmpty();

        _setValue(_get(TextField.class, s -> s.withId("person-email")), " ANE.vue@example.test");
        _click(_get(Button.class, s -> s.withId("person-search")));
        assertThat(_get(Paragraph.class, s -> s.withId("person-summary")).getText())
                .isEqualTo("1 inscription(s), 1 courriel(s), 0 fiche(s) signée(s) de cette seule adresse.");

        _click(_get(Button.class, s -> s.withId("person-erase")));
        assertThat(_get(TextArea.class, s -> s.withId("person-erase-reason")).isInvalid()).isTrue();
        assertThat(_find(ConfirmDialog.class)).isEmpty();
        assertThat(registrations.byToken(kept.token())).isPresent();

        _setValue(_get(TextArea.class, s -> s.withId("person-erase-reason")), "Demande reçue par courriel");
        _click(_get(Button.class, s -> s.withId("person-erase")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(registrations.byToken(kept.token())).isEmpty();
        assertThat(_get(Paragraph.class, s -> s.withId("person-nothing")).getText()).startsWith("Rien n’est conservé");
        var logged = privacy.logPage(0, 1).getFirst();
        assertThat(logged.action()).isEqualTo(PrivacyAction.PERSON_ERASURE);
        assertThat(logged.reason()).isEqualTo("Demande reçue par courriel");
    }
}
