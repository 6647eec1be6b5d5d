package fr.journees.certificate.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;

import fr.journees.certificate.CertificateService;
import fr.journees.event.ui.EventEditorView;
import fr.journees.mail.MailService;
import fr.journees.registration.AttendanceService;
import fr.journees.registration.OpenDay;
import fr.journees.registration.RegistrationService;
import fr.journees.security.Roles;
import fr.journees.support.KaribuTest;

class CertificateMailingTest extends KaribuTest {

    @Autowired OpenDay days;
    @Autowired RegistrationService registrations;
    @Autowired AttendanceService attendance;
    @Autowired CertificateService certificates;
    @Autowired MailService mails;

    final List<Long> created = new ArrayList<>();
    long eventId;
    long present;
    long absent;

    @BeforeEach
    void aDayWithOnePresent() {
        eventId = days.create("attestations-onglet", null);
        created.add(eventId);
        present = registrations.byToken(registrations.register(eventId,
                OpenDay.person("Peio", "peio.onglet@example.test", null, null)).token()).orElseThrow().id();
        absent = registrations.byToken(registrations.register(eventId,
                OpenDay.person("Absent", "absent.onglet@example.test", null, null)).token()).orElseThrow().id();
        attendance.checkIn(eventId, present, "accueil@journees.test", "porte");
    }

    @AfterEach
    void removeTheDay() {
        created.forEach(days::remove);
    }

    private long pdfMailsOf(long registrationId) {
        return mails.forRegistration(registrationId).stream().filter(m -> m.attachment() != null
                && "application/pdf".equals(m.attachment().contentType())).count();
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_organiser_sends_all_certificates_once_then_one_again_on_request() {
        login("orga@journees.test", Roles.ORGANISER);
        UI.getCurrent().navigate(EventEditorView.class, EventEditorView.parameters(eventId, "attestations"));
        Grid<CertificateService.Attendee> grid = _get(Grid.class, s -> s.withId("certificate-attendees"));
        assertThat(GridKt._size(grid)).as("the absent are not listed").isEqualTo(1);
        var all = _get(Button.class, s -> s.withId("certificates-mail-all"));
        assertThat(all.getText()).isEqualTo("Envoyer l’attestation à 1 personne");

        _click(all);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, s -> s.withId("certificates-mail-confirm")));

        assertThat(pdfMailsOf(present)).isEqualTo(1);
        assertThat(pdfMailsOf(absent)).isZero();
        assertThat(all.isEnabled()).isFalse();
        var actions = GridKt._getCellComponent(grid, 0, "actions");
        assertThat(actions.getId()).contains("certificate-mail-" + present);
        _click((Button) actions);
        assertThat(pdfMailsOf(present)).isEqualTo(2);
    }
}
