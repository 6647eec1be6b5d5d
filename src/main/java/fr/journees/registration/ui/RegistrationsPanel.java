package fr.journees.registration.ui;

import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import fr.journees.base.ui.Choice;
import fr.journees.base.ui.Notifications;
import fr.journees.event.EventHeader;
import fr.journees.registration.AnsweredRegistrations;
import fr.journees.registration.DayQuestions.AnswerColumns;
import fr.journees.registration.ExportLabels;
import fr.journees.registration.RegistrationExport;
import fr.journees.registration.RegistrationFilter;
import fr.journees.registration.RegistrationService;
import fr.journees.registration.RegistrationStatus;
import fr.journees.registration.RegistrationView;

/** The organisers' registrations of one event: fill rates, filters, a lazy grid, actions and exports. */
class RegistrationsPanel extends VerticalLayout {

    private static final java.time.format.DateTimeFormatter HOUR = java.time.format.DateTimeFormatter.ofPattern("HH:mm");

    private final EventHeader event;
    private final RegistrationService registrations;
    private final RegistrationDialogs dialogs;
    private final FillRateBar fill = new FillRateBar();
    private final Grid<RegistrationView> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<RegistrationStatus> status = new Select<>();
    private final Select<Choice> itinerary = new Select<>();
    private final Select<Choice> workshop = new Select<>();
    private final Runnable showEmbedCode;
    private final AnsweredRegistrations answered;
    private AnswerColumns answers = AnswerColumns.NONE;

    RegistrationsPanel(EventHeader event, RegistrationService registrations, AnsweredRegistrations answered,
                       boolean lunchOffered, Runnable showEmbedCode) {
        this.event = event;
        this.answered = answered;
        this.showEmbedCode = showEmbedCode;
        this.registrations = registrations;
        this.dialogs = new RegistrationDialogs(event, registrations, lunchOffered, this::refresh);
        setId("registrations");
        setPadding(false);
        add(fill, toolbar(), filters(), grid());
        refresh();
    }

    private HorizontalLayout toolbar() {
        var add = new Button(getTranslation("registration.admin.add"), e -> dialogs.add());
        add.setId("registration-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var assign = new Button(getTranslation("registration.admin.autoAssign"), e -> {
            int n = registrations.autoAssign(event.id());
            Notifications.success(getTranslation("registration.admin.assigned", n));
            refresh();
        });
        assign.setId("registration-auto-assign");
        var promote = new Button(getTranslation("registration.admin.promote"), e -> {
            int n = registrations.promoteWaitlist(event.id());
            Notifications.success(getTranslation("registration.admin.promoted", n));
            refresh();
        });
        promote.setId("registration-promote");
        var embed = new Button(getTranslation("registration.embed.open"), e -> showEmbedCode.run());
        embed.setId("registration-embed");
        var bar = new HorizontalLayout(add, assign, promote, embed,
                download("csv", event.slug() + "-inscriptions.csv", "text/csv; charset=UTF-8",
                        () -> {
                            var all = registrations.all(event.id());
                            return RegistrationExport.csv(headers(), all, allAnswers(all));
                        }),
                download("xlsx", event.slug() + "-inscriptions.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        () -> {
                            var all = registrations.all(event.id());
                            return RegistrationExport.xlsx(getTranslation("registration.tab"), headers(), all,
                                    allAnswers(all));
                        }));
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    private Anchor download(String kind, String fileName, String type, Supplier<byte[]> bytes) {
        var anchor = new Anchor(DownloadHandler.fromInputStream(request -> {
            var content = bytes.get();
            return new DownloadResponse(new ByteArrayInputStream(content), fileName, type, content.length);
        }), getTranslation("registration.admin.export." + kind));
        anchor.setId("registration-export-" + kind);
        return anchor;
    }

    private AnswerColumns allAnswers(java.util.List<RegistrationView> all) {
        return answered.columns(event.id(), getLocale().getLanguage(), all.stream().map(RegistrationView::id).toList());
    }

    private ExportLabels headers() {
        return ExportLabels.translated(key -> getTranslation(key));
    }

    private HorizontalLayout filters() {
        search.setId("registration-search");
        search.setPlaceholder(getTranslation("registration.admin.search"));
        search.setAriaLabel(getTranslation("registration.admin.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        status.setId("registration-filter-status");
        status.setLabel(getTranslation("registration.column.status"));
        status.setItems(RegistrationStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("registration.admin.all"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("registration.admin.all")
                : getTranslation("registration.status." + s.name()));
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        for (var select : java.util.List.of(itinerary, workshop)) {
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption(getTranslation("registration.admin.all"));
            select.setItemLabelGenerator(c -> c == null ? getTranslation("registration.admin.all") : c.label());
            select.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        }
        itinerary.setId("registration-filter-itinerary");
        itinerary.setLabel(getTranslation("registration.column.itinerary"));
        workshop.setId("registration-filter-workshop");
        workshop.setLabel(getTranslation("registration.column.workshop"));
        var row = new HorizontalLayout(search, status, itinerary, workshop);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private Grid<RegistrationView> grid() {
        grid.setId("registrations-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(RegistrationView::fullName).setHeader(getTranslation("registration.column.name"))
                .setAutoWidth(true);
        grid.addColumn(RegistrationView::email).setHeader(getTranslation("registration.column.email"))
                .setAutoWidth(true);
        grid.addColumn(RegistrationView::organisation).setHeader(getTranslation("registration.column.organisation"));
        grid.addColumn(r -> r.status() == RegistrationStatus.WAITLISTED
                        ? getTranslation("registration.admin.waitlisted", r.waitlistPosition())
                        : getTranslation("registration.status." + r.status().name()))
                .setHeader(getTranslation("registration.column.status")).setAutoWidth(true);
        grid.addColumn(RegistrationView::itineraryName).setHeader(getTranslation("registration.column.itinerary"));
        grid.addColumn(RegistrationView::workshopTitle).setHeader(getTranslation("registration.column.workshop"));
        grid.addColumn(r -> r.checkedInAt() == null ? ""
                        : getTranslation("registration.admin.present", HOUR.format(r.checkedInAt())))
                .setKey("checkedIn").setHeader(getTranslation("registration.column.checkedIn")).setAutoWidth(true);
        var questions = answered.columns(event.id(), getLocale().getLanguage(), java.util.List.of()).headers();
        for (int i = 0; i < questions.size(); i++) {
            int column = i;
            grid.addColumn(r -> answers.of(r.id()).get(column)).setHeader(questions.get(i)).setKey("answer-" + i)
                    .setAutoWidth(true);
        }
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(q -> {
                    var page = registrations.page(event.id(), filter(), q.getOffset(), q.getLimit());
                    answers = questions.isEmpty() ? AnswerColumns.NONE : answered.columns(event.id(),
                            getLocale().getLanguage(), page.stream().map(RegistrationView::id).toList());
                    return page.stream();
                },
                q -> registrations.count(event.id(), filter()));
        grid.setAllRowsVisible(false);
        grid.setHeight("32rem");
        return grid;
    }

    private HorizontalLayout actions(RegistrationView r) {
        var edit = new Button(getTranslation("action.edit"), e -> dialogs.edit(r));
        edit.setId("registration-edit-" + r.id());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        var move = new Button(getTranslation("registration.admin.move"), e -> dialogs.move(r));
        move.setId("registration-move-" + r.id());
        move.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        move.setEnabled(r.status() == RegistrationStatus.CONFIRMED);
        var cancel = new Button(getTranslation("registration.admin.cancel"), e -> dialogs.cancel(r));
        cancel.setId("registration-cancel-" + r.id());
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        cancel.setEnabled(r.status() != RegistrationStatus.CANCELLED);
        return new HorizontalLayout(edit, move, cancel);
    }

    private RegistrationFilter filter() {
        return new RegistrationFilter(search.getValue(), status.getValue(),
                itinerary.getValue() == null ? null : itinerary.getValue().id(),
                workshop.getValue() == null ? null : workshop.getValue().id());
    }

    void refresh() {
        var rates = registrations.fillRates(event.id());
        fill.show(rates);
        var itineraries = rates.itineraries().stream().map(r -> new Choice(r.id(), r.label())).toList();
        var workshops = rates.workshops().stream().map(r -> new Choice(r.id(), r.label())).toList();
        if (!itineraries.equals(itinerary.getListDataView().getItems().toList())) {
            itinerary.setItems(itineraries);
        }
        if (!workshops.equals(workshop.getListDataView().getItems().toList())) {
            workshop.setItems(workshops);
        }
        itinerary.setVisible(!itineraries.isEmpty());
        workshop.setVisible(!workshops.isEmpty());
        grid.getDataProvider().refreshAll();
    }
}
