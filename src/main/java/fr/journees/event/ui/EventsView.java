package fr.journees.event.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import fr.journees.event.EventListFilter;
import fr.journees.event.EventService;
import fr.journees.event.EventSummary;
import fr.journees.security.Roles;
import jakarta.annotation.security.RolesAllowed;

/** The organiser's events: upcoming, past, drafts; create one or open one to edit it. */
@Route("evenements")
@Menu(order = 10, title = "menu.events", icon = "vaadin:calendar")
@RolesAllowed(Roles.ORGANISER)
public class EventsView extends VerticalLayout implements HasDynamicTitle {

    private final EventService events;
    private final Grid<EventSummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private EventListFilter filter = EventListFilter.UPCOMING;

    public EventsView(EventService events) {
        this.events = events;
        setId("events-view");
        setSizeFull();
        var create = new Button(getTranslation("event.new"), e -> new NewEventDialog(events).open());
        create.setId("new-event");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var header = new HorizontalLayout(new H1(getTranslation("menu.events")), create);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        search.setId("events-search");
        search.setPlaceholder(getTranslation("event.search"));
        search.setAriaLabel(getTranslation("event.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(header, filters(), search, grid());
    }

    private Tabs filters() {
        var tabs = new Tabs();
        tabs.setId("events-filter");
        for (var value : EventListFilter.values()) {
            var tab = new Tab(getTranslation("event.filter." + value.name()));
            tab.setId("filter-" + value.name().toLowerCase());
            tabs.add(tab);
        }
        tabs.addSelectedChangeListener(e -> {
            filter = EventListFilter.values()[tabs.getSelectedIndex()];
            grid.getDataProvider().refreshAll();
        });
        return tabs;
    }

    private Grid<EventSummary> grid() {
        grid.setId("events-list");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        grid.addColumn(e -> dates.format(e.date())).setHeader(getTranslation("event.date")).setAutoWidth(true);
        grid.addColumn(EventSummary::title).setHeader(getTranslation("event.title")).setFlexGrow(3);
        grid.addColumn(EventSummary::venueName).setHeader(getTranslation("event.venue")).setFlexGrow(2);
        grid.addComponentColumn(e -> {
            var badge = new Span(getTranslation("event.status." + e.status().name()));
            badge.getElement().getThemeList().add("badge");
            return badge;
        }).setHeader(getTranslation("event.status")).setAutoWidth(true);
        grid.setItems(query -> events.page(filter, search.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> events.count(filter, search.getValue()));
        grid.setEmptyStateText(getTranslation("event.empty"));
        grid.addItemClickListener(click -> open(click.getItem()));
        grid.addClassName("clickable-rows");
        return grid;
    }

    private void open(EventSummary event) {
        getUI().ifPresent(ui -> ui.navigate(EventEditorView.class, EventEditorView.parameters(event.id())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.events") + " · " + getTranslation("app.name");
    }
}
