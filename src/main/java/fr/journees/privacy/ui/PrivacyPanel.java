package fr.journees.privacy.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.springframework.dao.OptimisticLockingFailureException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import fr.journees.base.ui.Notifications;
import fr.journees.event.EventHeader;
import fr.journees.privacy.PrivacyService;
import fr.journees.privacy.PrivacySettings;
import jakarta.validation.ConstraintViolationException;

/**
 * A day's personal data for its organisers: the contact and retention period the public notice shows,
 * when the anonymisation last ran and what is due next, and the log of personal-data actions.
 */
class PrivacyPanel extends VerticalLayout {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final EventHeader event;
    private final PrivacyService privacy;
    private final String noticePath;

    PrivacyPanel(EventHeader event, PrivacyService privacy, String noticePath) {
        this.event = event;
        this.privacy = privacy;
        this.noticePath = noticePath;
        setId("privacy-panel");
        setPadding(false);
        show();
    }

    private void show() {
        removeAll();
        var settings = privacy.settings(event.id());
        var notice = new Anchor(noticePath.substring(1), getTranslation("privacy.notice.link"));
        notice.setRouterIgnore(true);
        notice.setTarget("_blank");
        notice.setId("privacy-notice-link");
        var contact = new TextField(getTranslation("privacy.settings.contact"));
        contact.setId("privacy-contact");
        contact.setMaxLength(300);
        contact.setWidthFull();
        contact.setHelperText(getTranslation("privacy.settings.contact.helper"));
        contact.setValue(settings.contact() == null ? "" : settings.contact());
        var months = new IntegerField(getTranslation("privacy.settings.retention"));
        months.setId("privacy-retention");
        months.setMin(1);
        months.setMax(120);
        months.setStepButtonsVisible(true);
        months.setWidth("22rem");
        months.setMaxWidth("100%");
        months.setHelperText(getTranslation("privacy.settings.retention.helper", privacy.defaultRetentionMonths()));
        months.setValue(settings.retentionMonths());
        var save = new Button(getTranslation("privacy.settings.save"),
                e -> save(settings.version(), contact.getValue(), months.getValue()));
        save.setId("privacy-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(notice, contact, months, save, retention(), new H3(getTranslation("privacy.log.title")),
                new PrivacyLogGrid(privacy.log(event.id(), 200)));
    }

    private void save(int version, String contact, Integer months) {
        try {
            privacy.save(event.id(), new PrivacySettings(contact, months, version));
            Notifications.success(getTranslation("privacy.settings.saved"));
        } catch (ConstraintViolationException invalid) {
            Notifications.error(getTranslation("privacy.settings.invalid"));
            return;
        } catch (OptimisticLockingFailureException stale) {
            Notifications.error(getTranslation("privacy.settings.stale"));
        }
        show();
    }

    private VerticalLayout retention() {
        var box = new VerticalLayout();
        box.setId("privacy-retention-status");
        box.setPadding(false);
        box.setSpacing(false);
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        box.add(new Paragraph(privacy.lastRetentionRun()
                .map(run -> getTranslation("privacy.retention.lastRun", AT.format(run.at()), run.registrations(),
                        run.mails()))
                .orElse(getTranslation("privacy.retention.neverRun"))));
        var today = LocalDate.now();
        privacy.anonymisedFrom(event.id()).ifPresent(from -> box.add(new Paragraph(getTranslation(
                today.isBefore(from) ? "privacy.retention.dayDue" : "privacy.retention.dayDone", from.format(dates)))));
        privacy.nextDue(today).ifPresent(next -> box.add(new Paragraph(
                getTranslation("privacy.retention.nextDue", next.format(dates)))));
        return box;
    }
}
