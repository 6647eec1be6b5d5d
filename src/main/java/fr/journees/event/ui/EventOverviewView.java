package fr.journees.event.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import fr.journees.event.EventService;
import fr.journees.event.EventSummary;
import fr.journees.event.OrganisationRole;
import fr.journees.itinerary.ItineraryService;
import fr.journees.security.Roles;
import fr.journees.workshop.WorkshopService;
import jakarta.annotation.security.RolesAllowed;

/** A day at a glance: who organises it, its programme, its itineraries and its workshops. */
@Route("evenements/:eventId")
@RolesAllowed(Roles.ORGANISER)
public class EventOverviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final EventService events;
    private final ItineraryService itineraries;
    private final WorkshopService workshops;
    private String title = "";

    public EventOverviewView(EventService events, ItineraryService itineraries, WorkshopService workshops) {
        this.events = events;
        this.itineraries = itineraries;
        this.workshops = workshops;
        setId("event-overview");
    }

    static RouteParameters parameters(long eventId) {
        return new RouteParameters("eventId", String.valueOf(eventId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var summary = event.getRouteParameters().getLong("eventId").flatMap(events::summary)
                .orElseThrow(NotFoundException::new);
        removeAll();
        title = summary.title();
        add(header(summary));
        add(new ProgrammePanel(events.programme(summary.id())));
        add(new ItinerariesPanel(itineraries.forEvent(summary.id())));
        add(new WorkshopsPanel(workshops.forEvent(summary.id())));
    }

    private Component header(EventSummary event) {
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(getLocale());
        var heading = new H1(event.title());
        heading.setId("event-title");
        var when = new Paragraph(getTranslation("event.when", dates.format(event.date()), event.start(), event.end(),
                event.venueName() == null ? "" : event.venueName()));
        var status = new Span(getTranslation("event.status." + event.status().name()));
        status.getElement().getThemeList().add("badge");
        var organisations = events.organisations(event.id());
        var organisers = new Paragraph(getTranslation("event.organisers") + " : " + organisations.stream()
                .filter(o -> o.role() == OrganisationRole.ORGANISER).map(o -> o.name())
                .collect(Collectors.joining(", ")));
        var partners = new Paragraph(getTranslation("event.partners") + " : " + organisations.stream()
                .filter(o -> o.role() == OrganisationRole.PARTNER).map(o -> o.name())
                .collect(Collectors.joining(", ")));
        var section = new Section(heading, status);
        if (event.subtitle() != null) {
            section.add(new H2(event.subtitle()));
        }
        section.add(when, organisers, partners);
        section.addClassName("event-header");
        return section;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
