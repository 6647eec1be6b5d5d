package fr.journees.certificate.ui;

import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import fr.journees.base.ui.Confirm;
import fr.journees.base.ui.Notifications;
import fr.journees.certificate.CertificateService;
import fr.journees.certificate.CertificateService.Attendee;
import fr.journees.event.EventHeader;

/**
 * Certificates by mail: all at once to everyone present who has not had theirs yet, or to one person
 * on request (again if need be). Nobody absent is listed, so nobody absent gets one.
 */
class CertificateMailing extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final EventHeader event;
    private final CertificateService certificates;
    private final Grid<Attendee> grid = new Grid<>();
    private final Button all = new Button();

    CertificateMailing(EventHeader event, CertificateService certificates) {
        this.event = event;
        this.certificates = certificates;
        setId("certificate-mailing");
        setPadding(false);
        all.setId("certificates-mail-all");
        all.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        all.addClickListener(e -> confirmAll());
        grid.setId("certificate-attendees");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(Attendee::fullName).setHeader(getTranslation("certificate.mail.column.name")).setFlexGrow(2);
        grid.addColumn(Attendee::email).setHeader(getTranslation("certificate.mail.column.email")).setFlexGrow(2);
        grid.addColumn(a -> a.mailedAt() == null ? getTranslation("certificate.mail.never") : a.mailedAt().format(WHEN))
                .setHeader(getTranslation("certificate.mail.column.mailed")).setFlexGrow(1);
        grid.addComponentColumn(this::sendOne).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        add(new H4(getTranslation("certificate.mail.title")), new Paragraph(getTranslation("certificate.mail.intro")),
                all, grid);
        refresh();
    }

    private Button sendOne(Attendee attendee) {
        var button = new Button(getTranslation(attendee.mailedAt() == null ? "certificate.mail.send"
                : "certificate.mail.sendAgain"), e -> {
            if (certificates.mailTo(event.id(), attendee.registrationId())) {
                Notifications.success(getTranslation("certificate.mail.sentTo", attendee.email()));
            }
            refresh();
        });
        button.setId("certificate-mail-" + attendee.registrationId());
        button.setAriaLabel(button.getText() + " · " + attendee.fullName());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setEnabled(event.editable());
        return button;
    }

    private void confirmAll() {
        long waiting = waiting();
        Confirm.step("certificates-mail-confirm", getTranslation("certificate.mail.confirmTitle"),
                getTranslation("certificate.mail.confirmText", waiting), getTranslation("certificate.mail.confirm"),
                () -> {
                    int n = certificates.mailAll(event.id());
                    Notifications.success(getTranslation("certificate.mail.sent", n));
                    refresh();
                });
    }

    private long waiting() {
        return certificates.attendees(event.id()).stream().filter(a -> a.mailedAt() == null).count();
    }

    private void refresh() {
        var attendees = certificates.attendees(event.id());
        grid.setItems(attendees);
        grid.setVisible(!attendees.isEmpty());
        long waiting = attendees.stream().filter(a -> a.mailedAt() == null).count();
        all.setText(getTranslation("certificate.mail.all", waiting));
        all.setEnabled(waiting > 0 && event.editable());
    }
}
