package fr.journees.event.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import fr.journees.event.EventService;
import fr.journees.event.EventSummary;
import fr.journees.security.Roles;
import jakarta.annotation.security.RolesAllowed;

/** The dashboard: every event, the most recent day first, paged from the database. */
@Route("")
@Menu(order = 0, title = "menu.home", icon = "vaadin:home")
@RolesAllowed({Roles.ORGANISER, Roles.FACILITATOR})
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    public HomeView(EventService events, AuthenticationContext authentication) {
        setId("home-view");
        add(new H1(getTranslation("home.title")), new Paragraph(getTranslation("home.intro")));
        var grid = new Grid<EventSummary>();
        grid.setId("events-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(getLocale());
        grid.addColumn(e -> dates.format(e.date())).setHeader(getTranslation("event.date")).setAutoWidth(true);
        grid.addColumn(e -> e.start() + " – " + e.end()).setHeader(getTranslation("event.hours")).setAutoWidth(true);
        grid.addColumn(EventSummary::title).setHeader(getTranslation("event.title")).setFlexGrow(3);
        grid.addColumn(EventSummary::venueName).setHeader(getTranslation("event.venue")).setFlexGrow(2);
        grid.addComponentColumn(e -> statusBadge(e)).setHeader(getTranslation("event.status")).setAutoWidth(true);
        grid.setItems(query -> events.summaries(query.getOffset(), query.getLimit()).stream(),
                query -> events.count());
        if (authentication.hasRole(Roles.ORGANISER)) {
            grid.addItemClickListener(click -> getUI().ifPresent(ui ->
                    ui.navigate(EventEditorView.class, EventEditorView.parameters(click.getItem().id()))));
            grid.addClassName("clickable-rows");
        }
        grid.setEmptyStateText(getTranslation("home.empty"));
        add(grid);
        setSizeFull();
    }

    private Span statusBadge(EventSummary event) {
        var badge = new Span(getTranslation("event.status." + event.status().name()));
        badge.getElement().getThemeList().add("badge");
        badge.addClassName("status-" + event.status().name().toLowerCase());
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title") + " · " + getTranslation("app.name");
    }
}
