package fr.journees.privacy.ui;

import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import fr.journees.base.ui.Confirm;
import fr.journees.base.ui.Notifications;
import fr.journees.chantier.AuthorLine;
import fr.journees.directory.ui.DraftBinder;
import fr.journees.mail.OutboxMail;
import fr.journees.privacy.ErasureReason;
import fr.journees.privacy.HeldRegistration;
import fr.journees.privacy.PeopleData;
import fr.journees.privacy.PersonHeld;
import fr.journees.registration.PersonalDataExport;

/** What is held about one address: registrations per day, other mails, fiches, account; export and erase. */
class PersonHeldPanel extends VerticalLayout {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final PeopleData people;
    private final String actor;
    private final PersonHeld held;
    private final Runnable changed;
    private final TextArea reason = new TextArea();
    private final DraftBinder<ErasureReason> binder = new DraftBinder<>(ErasureReason.class, this);

    PersonHeldPanel(PeopleData people, String actor, PersonHeld held, Runnable changed) {
        this.people = people;
        this.actor = actor;
        this.held = held;
        this.changed = changed;
        setId("person-held");
        setPadding(false);
        add(new H2(getTranslation("privacy.people.held", held.email())));
        if (held.nothing()) {
            var none = new Paragraph(getTranslation("privacy.people.nothing"));
            none.setId("person-nothing");
            add(none);
            return;
        }
        var counts = held.counts();
        var summary = new Paragraph(getTranslation("privacy.people.summary", counts.registrations(), counts.mails(),
                counts.fiches()));
        summary.setId("person-summary");
        add(summary);
        if (!held.registrations().isEmpty()) {
            add(new H3(getTranslation("privacy.people.registrations")), registrations());
        }
        if (!held.otherMails().isEmpty()) {
            add(new H3(getTranslation("privacy.people.mails")), mails());
        }
        if (!held.fiches().isEmpty()) {
            add(new H3(getTranslation("privacy.people.fiches")), fiches());
        }
        held.account().ifPresent(a -> {
            var account = new Paragraph(getTranslation("privacy.people.account", a.displayName(),
                    getTranslation(a.enabled() ? "privacy.people.account.enabled" : "privacy.people.account.disabled")));
            account.setId("person-account");
            add(new H3(getTranslation("privacy.people.accountTitle")), account);
        });
        add(exports(), erasure());
    }

    private Grid<HeldRegistration> registrations() {
        Grid<HeldRegistration> grid = small("person-registrations");
        grid.addColumn(r -> r.dayTitle()).setHeader(getTranslation("privacy.people.day")).setFlexGrow(2);
        grid.addColumn(r -> r.dayDate() == null ? "" : DAY.format(r.dayDate()))
                .setHeader(getTranslation("privacy.people.date")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.data().registration().fullName()).setHeader(getTranslation("privacy.people.name"))
                .setFlexGrow(1);
        grid.addColumn(r -> getTranslation("registration.status." + r.data().registration().status().name()))
                .setHeader(getTranslation("privacy.people.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.data().mails().size()).setHeader(getTranslation("privacy.log.mails"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(held.registrations());
        return grid;
    }

    private Grid<OutboxMail> mails() {
        Grid<OutboxMail> grid = small("person-mails");
        grid.addColumn(m -> AT.format(m.createdAt())).setHeader(getTranslation("privacy.log.at")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(OutboxMail::subject).setHeader(getTranslation("privacy.people.subject")).setFlexGrow(1);
        grid.setItems(held.otherMails());
        return grid;
    }

    private Grid<AuthorLine> fiches() {
        Grid<AuthorLine> grid = small("person-fiches");
        grid.addColumn(AuthorLine::eventTitle).setHeader(getTranslation("privacy.people.day")).setFlexGrow(2);
        grid.addColumn(AuthorLine::workshopTitle).setHeader(getTranslation("privacy.people.workshop")).setFlexGrow(1);
        grid.addColumn(AuthorLine::groupName).setHeader(getTranslation("privacy.people.group")).setFlexGrow(1);
        grid.setItems(held.fiches());
        return grid;
    }

    /** A person's rows are a handful (one registration a day at most): shown whole, not paged. */
    private <T> Grid<T> small(String id) {
        var grid = new Grid<T>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private HorizontalLayout exports() {
        var bar = new HorizontalLayout(download("json", "application/json", PersonalDataExport::json),
                download("html", "text/html;charset=UTF-8", PersonalDataExport::html));
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private Anchor download(String kind, String type, Function<java.util.Map<String, ?>, byte[]> exporter) {
        var email = held.email();
        var anchor = new Anchor(DownloadHandler.fromInputStream(request -> {
            var content = exporter.apply(people.export(actor, email).asMap());
            return new DownloadResponse(new ByteArrayInputStream(content), "donnees-personnelles." + kind, type,
                    content.length);
        }), getTranslation("privacy.people.export." + kind));
        anchor.setId("person-export-" + kind);
        return anchor;
    }

    private VerticalLayout erasure() {
        reason.setId("person-erase-reason");
        reason.setLabel(getTranslation("privacy.people.reason"));
        reason.setHelperText(getTranslation("privacy.people.reason.helper"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        binder.forField(reason).bind("reason");
        var erase = new Button(getTranslation("privacy.people.erase"), VaadinIcon.TRASH.create(), e -> confirm());
        erase.setId("person-erase");
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var box = new VerticalLayout(new H3(getTranslation("privacy.people.eraseTitle")),
                new Paragraph(getTranslation("privacy.people.eraseText")), reason, erase);
        box.setId("person-erasure");
        box.setPadding(false);
        box.setMaxWidth("48rem");
        return box;
    }

    private void confirm() {
        if (!binder.validate().isOk()) {
            return;
        }
        var counts = held.counts();
        Confirm.action("person-erase-confirm", getTranslation("privacy.people.confirm.title"),
                getTranslation("privacy.people.confirm.text", held.email(), counts.registrations(), counts.mails(),
                        counts.fiches()),
                getTranslation("privacy.people.erase"), this::erase);
    }

    private void erase() {
        var done = people.erase(actor, held.email(), reason.getValue());
        Notifications.success(getTranslation("privacy.people.erased", done.registrations(), done.mails(),
                done.fiches()));
        changed.run();
    }

}
