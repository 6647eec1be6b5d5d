package fr.journees.registration.ui.pub;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import fr.journees.base.ui.Notifications;
import fr.journees.event.EventDetails;
import fr.journees.event.EventLinks;
import fr.journees.event.EventService;
import fr.journees.event.OrganisationRole;
import fr.journees.itinerary.ItineraryService;
import fr.journees.registration.FillRates;
import fr.journees.registration.LostLinkRequests;
import fr.journees.registration.RegistrationService;
import fr.journees.registration.RegistrationWindow;
import fr.journees.registration.ui.PlaceChoices;
import fr.journees.workshop.WorkshopService;

/** The public page of a published event: programme, itineraries, workshops, places left, "Inscription". */
@Route(value = "e/:slug", autoLayout = false)
@AnonymousAllowed
public class EventPageView extends PublicPage implements BeforeEnterObserver, HasDynamicTitle {

    private final EventService events;
    private final ItineraryService itineraries;
    private final WorkshopService workshops;
    private final RegistrationService registrations;
    private final EventLinks eventLinks;
    private final LostLinkRequests lostLinks;
    private String title = "";

    public EventPageView(EventService events, ItineraryService itineraries, WorkshopService workshops,
                         RegistrationService registrations, EventLinks eventLinks, LostLinkRequests lostLinks) {
        this.events = events;
        this.itineraries = itineraries;
        this.workshops = workshops;
        this.registrations = registrations;
        this.eventLinks = eventLinks;
        this.lostLinks = lostLinks;
        setId("event-page");
    }

    /** The published event of that slug, or a 404 for anything else. */
    static EventDetails publishedEvent(EventService events, BeforeEnterEvent event) {
        return event.getRouteParameters().get("slug").flatMap(events::publishedBySlug)
                .orElseThrow(NotFoundException::new);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        var event = publishedEvent(events, enter);
        title = event.title();
        var fill = registrations.fillRates(event.id());
        content.removeAll();
        var heading = new H1(event.title());
        heading.setId("event-page-title");
        content.add(heading);
        if (event.subtitle() != null) {
            content.add(new Paragraph(event.subtitle()));
        }
        var when = new Paragraph(getTranslation("registration.page.when",
                event.date().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(getLocale())),
                event.start(), event.end()));
        when.setId("event-page-when");
        content.add(when);
        if (event.venueName() != null) {
            content.add(new Paragraph(getTranslation("registration.page.venue", event.venueName())));
        }
        content.add(callToAction(event, fill),
                new CalendarButtons(event, "e/" + event.slug() + "/programme.ics", eventLinks.page(event.slug())),
                programme(event), itinerariesSection(event, fill),
                workshopsSection(event, fill), organisations(event), lostLink(event));
    }

    private Component callToAction(EventDetails event, FillRates fill) {
        var box = new Div();
        box.setId("event-page-register");
        var left = fill.event().placesLeft();
        if (left != null) {
            box.add(new Paragraph(left == 0 ? getTranslation("registration.page.fullWaitlist")
                    : getTranslation("registration.page.placesLeft", left)));
        }
        if (RegistrationWindow.isOpen(event, LocalDateTime.now())) {
            var register = link("e/" + event.slug() + "/inscription", getTranslation("registration.page.register"),
                    "register-link");
            register.getElement().setAttribute("theme", "primary");
            register.getStyle().set("font-size", "var(--lumo-font-size-l)").set("font-weight", "600");
            box.add(register);
        } else {
            box.add(new Paragraph(getTranslation("registration.page.closed")));
        }
        return box;
    }

    private Component programme(EventDetails event) {
        var list = new UnorderedList();
        events.programme(event.id()).forEach(slot -> list.add(new ListItem(slot.start()
                + (slot.end() == null ? "" : "–" + slot.end()) + " · " + slot.title()
                + (slot.location() == null ? "" : " (" + slot.location() + ")"))));
        return section("programme", getTranslation("registration.page.programme"), list);
    }

    private Component itinerariesSection(EventDetails event, FillRates fill) {
        var box = new Div();
        var plan = itineraries.forEvent(event.id());
        for (var itinerary : plan) {
            var rate = fill.itineraries().stream().filter(r -> r.id() == itinerary.id()).findFirst();
            box.add(new H3(rate.map(r -> PlaceChoices.label(r, this::getTranslation)).orElse(itinerary.name())));
            var stops = new UnorderedList();
            itinerary.stops().forEach(s -> stops.add(new ListItem(s.placeName()
                    + (s.theme() == null ? "" : " — " + s.theme()))));
            box.add(stops);
        }
        var section = section("itineraries", getTranslation("registration.page.itineraries"), box);
        section.setVisible(!plan.isEmpty());
        return section;
    }

    private Component workshopsSection(EventDetails event, FillRates fill) {
        var list = new UnorderedList();
        fill.workshops().forEach(w -> list.add(new ListItem(PlaceChoices.label(w, this::getTranslation))));
        var section = section("workshops", getTranslation("registration.page.workshops"), list);
        section.setVisible(!fill.workshops().isEmpty() && !workshops.forEvent(event.id()).isEmpty());
        return section;
    }

    private Component organisations(EventDetails event) {
        var box = new Div();
        for (var role : OrganisationRole.values()) {
            var names = event.organisations().stream().filter(o -> o.role() == role)
                    .map(o -> o.name()).toList();
            if (!names.isEmpty()) {
                box.add(new Paragraph(getTranslation("registration.page.role." + role.name(),
                        String.join(", ", names))));
            }
        }
        return section("organisations", getTranslation("registration.page.organisations"), box);
    }

    private Component lostLink(EventDetails event) {
        var email = new EmailField(getTranslation("registration.lost.email"));
        email.setId("lost-link-email");
        email.setWidthFull();
        var send = new Button(getTranslation("registration.lost.send"), e -> {
            if (email.isInvalid() || email.isEmpty()) {
                Notifications.error(getTranslation("registration.error.email"));
                return;
            }
            var address = VaadinRequest.getCurrent() == null ? null : VaadinRequest.getCurrent().getRemoteAddr();
            if (lostLinks.request(event.id(), email.getValue(), address) == LostLinkRequests.Answer.TOO_MANY) {
                Notifications.error(getTranslation("registration.lost.tooMany"));
                return;
            }
            email.clear();
            Notifications.success(getTranslation("registration.lost.sent"));
        });
        send.setId("lost-link-send");
        return section("lost-link", getTranslation("registration.lost.title"),
                new Div(new Paragraph(getTranslation("registration.lost.intro")), email, send));
    }

    private static Section section(String id, String title, Component body) {
        var section = new Section(new H2(title), body);
        section.setId("event-page-" + id);
        return section;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
