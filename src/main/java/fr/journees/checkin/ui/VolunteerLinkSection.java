package fr.journees.checkin.ui;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

import fr.journees.base.ui.Confirm;
import fr.journees.base.ui.Notifications;
import fr.journees.checkin.CheckinLinkService;
import fr.journees.event.EventHeader;

/** Opens, replaces and revokes the day's volunteers' link; a new link is shown once, here. */
class VolunteerLinkSection extends Div {

    private final EventHeader event;
    private final CheckinLinkService links;
    private final String by;
    private final Div state = new Div();
    private final Div buttons = new Div();
    private final TextField shown = new TextField();

    VolunteerLinkSection(EventHeader event, CheckinLinkService links, String by) {
        this.event = event;
        this.links = links;
        this.by = by;
        setId("checkin-link");
        addClassName("checkin-link");
        state.setId("checkin-link-state");
        shown.setId("checkin-link-url");
        shown.setReadOnly(true);
        shown.setWidthFull();
        shown.setVisible(false);
        shown.addFocusListener(e -> shown.getElement().executeJs("this.inputElement.select()"));
        add(new H3(getTranslation("checkin.link.title")), new Paragraph(getTranslation("checkin.link.help")), state,
                shown, buttons);
        show();
    }

    private void show() {
        var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale());
        var link = links.link(event.id());
        var open = new Button(getTranslation(link.isPresent() ? "checkin.link.renew" : "checkin.link.open"),
                e -> open());
        open.setId("checkin-link-open");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        buttons.removeAll();
        buttons.add(open);
        if (link.isEmpty()) {
            state.setText(getTranslation("checkin.link.off"));
            return;
        }
        var l = link.get();
        state.setText(l.expired(LocalDateTime.now()) ? getTranslation("checkin.link.expired", format.format(l.expiresAt()))
                : getTranslation("checkin.link.on", format.format(l.createdAt()), l.createdBy(),
                        format.format(l.expiresAt())));
        var revoke = new Button(getTranslation("checkin.link.revoke"), e -> confirmRevoke());
        revoke.setId("checkin-link-revoke");
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        buttons.add(revoke);
    }

    private void open() {
        try {
            var secret = links.open(event.id(), by);
            shown.setValue(links.url(secret));
            shown.setHelperText(getTranslation("checkin.link.shownOnce"));
            shown.setVisible(true);
        } catch (CheckinLinkService.DayIsOver over) {
            Notifications.error(getTranslation("checkin.link.dayOver"));
        }
        show();
    }

    private void confirmRevoke() {
        Confirm.action("checkin-link-revoke-dialog", getTranslation("checkin.link.revoke"),
                getTranslation("checkin.link.revokeText"), getTranslation("checkin.link.revoke"), () -> {
                    links.revoke(event.id());
                    shown.clear();
                    shown.setVisible(false);
                    Notifications.success(getTranslation("checkin.link.revoked"));
                    show();
                });
    }
}
