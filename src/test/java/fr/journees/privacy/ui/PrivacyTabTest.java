package fr.journees.privacy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import fr.journees.event.ui.EventEditorView;
import fr.journees.privacy.PrivacyService;
import fr.journees.registration.OpenDay;
import fr.journees.security.Roles;
import fr.journees.support.KaribuTest;

/** The event editor's personal-data tab: the notice's settings and what the retention will do. */
class PrivacyTabTest extends KaribuTest {

    @Autowired OpenDay days;
    @Autowired PrivacyService privacy;

    final List<Long> created = new ArrayList<>();

    @AfterEach
    void removeTheDays() {
        created.forEach(days::remove);
    }

    @Test
    void organiser_sets_the_contact_and_a_longer_retention_and_sees_when_the_day_is_anonymised() {
        long event = days.create("onglet", null);
        created.add(event);
        login("orga@journees.test", Roles.ORGANISER);
        UI.getCurrent().navigate(EventEditorView.class, EventEditorView.parameters(event, "donnees-personnelles"));

        assertThat(_get(Anchor.class, spec -> spec.withId("privacy-notice-link")).getHref())
                .endsWith("/confidentialite");
        _setValue(_get(TextField.class, spec -> spec.withId("privacy-contact")), "dpo@pqn-a.test");
        _setValue(_get(IntegerField.class, spec -> spec.withId("privacy-retention")), 12);
        _click(_get(Button.class, spec -> spec.withId("privacy-save")));

        var settings = privacy.settings(event);
        assertThat(settings.contact()).isEqualTo("dpo@pqn-a.test");
        assertThat(settings.retentionMonths()).isEqualTo(12);
        assertThat(_get(VerticalLayout.class, spec -> spec.withId("privacy-retention-status")).getChildren()
                .map(c -> c.getElement().getText()).toList())
                .anySatisfy(line -> assertThat(line).startsWith("Les données personnelles de cette journée seront anonymisées à partir du"))
                .anySatisfy(line -> assertThat(line).matches("Dernier passage.*|L’anonymisation automatique n’a pas encore tourné\\."));
    }
}
