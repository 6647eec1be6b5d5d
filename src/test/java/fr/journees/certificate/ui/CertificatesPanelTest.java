package fr.journees.certificate.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextField;

import fr.journees.certificate.CertificateService;
import fr.journees.event.ui.EventEditorView;
import fr.journees.registration.OpenDay;
import fr.journees.security.Roles;
import fr.journees.support.KaribuTest;

/** The signatory of the certificates, typed in the Attestations tab, is not lost by opening another tab. */
class CertificatesPanelTest extends KaribuTest {

    @Autowired OpenDay days;
    @Autowired CertificateService certificates;

    long eventId;

    @BeforeEach
    void aDay() {
        eventId = days.create("attestations-signataire", null);
        login("orga@journees.test", Roles.ORGANISER);
        UI.getCurrent().navigate(EventEditorView.class, EventEditorView.parameters(eventId, "attestations"));
    }

    @AfterEach
    void removeTheDay() {
        days.remove(eventId);
    }

    @Test
    void a_signatory_typed_and_not_saved_asks_before_another_tab_and_stays_when_the_organiser_stays() {
        _setValue(field("signatoryName"), "Maite Etxeberri");

        UI.getCurrent().navigate(EventEditorView.class, EventEditorView.parameters(eventId, "general"));

        ConfirmDialogKt._fireCancel(_get(ConfirmDialog.class, s -> s.withId("unsaved-changes")));
        assertThat(field("signatoryName").getValue()).isEqualTo("Maite Etxeberri");
    }

    @Test
    void once_saved_another_tab_opens_without_asking() {
        _setValue(field("signatoryName"), "Maite Etxeberri");
        _setValue(field("signatoryRole"), "présidente");
        _click(_get(Button.class, s -> s.withId("certificate-save")));
        assertThat(certificates.settings(eventId).signatoryName()).isEqualTo("Maite Etxeberri");

        UI.getCurrent().navigate(EventEditorView.class, EventEditorView.parameters(eventId, "general"));

        _assertNone(ConfirmDialog.class, s -> s.withId("unsaved-changes"));
        _assertNone(TextField.class, s -> s.withId("certificate-signatoryName"));
    }

    private static TextField field(String property) {
        return _get(TextField.class, s -> s.withId("certificate-" + property));
    }
}
