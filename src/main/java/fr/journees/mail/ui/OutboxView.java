package fr.journees.mail.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import fr.journees.mail.MailService;
import fr.journees.mail.OutboxMail;
import fr.journees.security.Roles;
import jakarta.annotation.security.RolesAllowed;

/** The outbox: every mail sent or kept, newest first; a click shows its text as the participant reads it. */
@Route("courriels")
@Menu(order = 80, title = "mail.outbox.menu", icon = "vaadin:envelope")
@RolesAllowed(Roles.ORGANISER)
public class OutboxView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<OutboxMail> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Div detail = new Div();

    public OutboxView(MailService mails) {
        setId("outbox-view");
        setSizeFull();
        search.setId("outbox-search");
        search.setPlaceholder(getTranslation("mail.outbox.search"));
        search.setAriaLabel(getTranslation("mail.outbox.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());
        grid.setId("outbox-grid");
        grid.addColumn(m -> m.createdAt().format(when)).setHeader(getTranslation("mail.outbox.created"))
                .setAutoWidth(true);
        grid.addColumn(OutboxMail::recipient).setHeader(getTranslation("mail.outbox.recipient")).setAutoWidth(true);
        grid.addColumn(OutboxMail::subject).setHeader(getTranslation("mail.outbox.subject")).setFlexGrow(1);
        grid.addColumn(m -> getTranslation("mail.outbox.status." + m.status().name()))
                .setHeader(getTranslation("mail.outbox.status")).setAutoWidth(true);
        grid.addColumn(OutboxMail::attempts).setHeader(getTranslation("mail.outbox.attempts")).setAutoWidth(true);
        grid.setItems(q -> mails.page(search.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> mails.count(search.getValue()));
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        detail.setId("outbox-detail");
        show(null);
        add(new H1(getTranslation("mail.outbox.title")), new Paragraph(getTranslation("mail.outbox.intro")), search,
                grid, detail);
    }

    private void show(OutboxMail mail) {
        detail.removeAll();
        if (mail == null) {
            detail.add(new Paragraph(getTranslation("mail.outbox.empty")));
            return;
        }
        detail.add(new H3(mail.subject()), new Paragraph(mail.recipient()), new Pre(mail.text()));
        if (mail.attachment() != null) {
            detail.add(new Paragraph(getTranslation("mail.outbox.attachment", mail.attachment().name())));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.outbox.title");
    }
}
