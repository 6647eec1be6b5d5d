package fr.journees.event.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.spring.security.AuthenticationContext;

import fr.journees.base.web.PublicAddress;
import fr.journees.event.DayFact;
import fr.journees.event.DayFacts;
import fr.journees.event.EventService;
import fr.journees.event.EventSummary;
import fr.journees.security.Roles;
import jakarta.annotation.security.RolesAllowed;

/**
 * The home page. For organisers, a dashboard: the next days with what they need, what went wrong on
 * the site, then every day; for a facilitator, only what the features contribute for them (their workshops).
 */
@Route("")
@Menu(order = 0, title = "menu.home", icon = "vaadin:home")
@RolesAllowed({Roles.ORGANISER, Roles.FACILITATOR})
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    /** Up to this many days the list shows whole; past it, it pages in a box of its own. */
    static final int ALL_ROWS_UP_TO = 12;

    public HomeView(EventService events, AuthenticationContext authentication, List<DayFacts> facts,
                    List<HomeSection> sections, PublicAddress address) {
        setId("home-view");
        boolean organiser = authentication.hasRole(Roles.ORGANISER);
        var email = authentication.getPrincipalName().orElseThrow();
        add(new H1(getTranslation("home.title")));
        if (organiser) {
            add(new Paragraph(getTranslation("home.intro")));
            addressWarning(address).ifPresent(this::add);
            var site = new ArrayList<DayFact>();
            facts.forEach(f -> site.addAll(f.ofSite()));
            if (!site.isEmpty()) {
                var alerts = UpcomingDays.list(site);
                alerts.setId("home-site-facts");
                add(alerts);
            }
            add(new UpcomingDays(events.upcoming(UpcomingDays.SHOWN), facts));
        } else {
            add(new Paragraph(getTranslation("home.intro.facilitator")));
        }
        sections.stream().sorted(Comparator.comparingInt(HomeSection::order))
                .forEach(s -> s.create(email, organiser).ifPresent(this::add));
        if (organiser) {
            add(new H2(getTranslation("home.all")), allDays(events));
        }
    }

    /** Links mailed to participants lead to the configured address: say so when it is not the one in use. */
    private java.util.Optional<Div> addressWarning(PublicAddress address) {
        var request = VaadinRequest.getCurrent();
        if (!(request instanceof VaadinServletRequest servlet)) {
            return java.util.Optional.empty();
        }
        var http = servlet.getHttpServletRequest();
        var port = http.getServerPort();
        var standard = ("https".equals(http.getScheme()) && port == 443) || ("http".equals(http.getScheme()) && port == 80);
        var origin = http.getScheme() + "://" + http.getServerName() + (standard ? "" : ":" + port);
        return address.mismatch(origin).map(configured -> {
            var warning = new Div(new Span(getTranslation("home.address.mismatch", configured, origin)));
            warning.setId("home-address-warning");
            warning.addClassName("home-warning");
            return warning;
        });
    }

    private Grid<EventSummary> allDays(EventService events) {
        var grid = new Grid<EventSummary>();
        grid.setId("events-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        grid.addColumn(e -> dates.format(e.date())).setHeader(getTranslation("event.date")).setWidth("10.5rem")
                .setFlexGrow(0);
        grid.addColumn(e -> e.start() + "–" + e.end()).setHeader(getTranslation("event.hours")).setWidth("8.5rem")
                .setFlexGrow(0);
        grid.addColumn(EventSummary::title).setHeader(getTranslation("event.title")).setFlexGrow(4);
        grid.addColumn(EventSummary::venueName).setHeader(getTranslation("event.venue")).setFlexGrow(1);
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("event.status")).setWidth("8rem")
                .setFlexGrow(0);
        grid.setItems(query -> events.summaries(query.getOffset(), query.getLimit()).stream(),
                query -> events.count());
        grid.addItemClickListener(click -> getUI().ifPresent(ui ->
                ui.navigate(EventEditorView.class, EventEditorView.parameters(click.getItem().id()))));
        grid.addClassName("clickable-rows");
        grid.setEmptyStateText(getTranslation("home.empty"));
        if (events.count() <= ALL_ROWS_UP_TO) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("30rem");
        }
        return grid;
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
