package fr.journees.checkin.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import fr.journees.checkin.CheckinLinkService;
import fr.journees.event.EventService;

/**
 * The door screen behind a day's volunteers' link: no account, that day only, nothing else (no
 * navigation, no export, no forced place). The secret is checked again before every action and
 * poll, so a revoked or expired link stops at once. Unknown, revoked and expired links look alike.
 */
@Route(value = "porte/:secret", autoLayout = false)
@AnonymousAllowed
public class VolunteerDoorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CheckinLinkService links;
    private final EventService events;
    private final DoorScreens doors;
    private String title = "";

    public VolunteerDoorView(CheckinLinkService links, EventService events, DoorScreens doors) {
        this.links = links;
        this.events = events;
        this.doors = doors;
        addClassName("door-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var secret = event.getRouteParameters().get("secret").orElseThrow(NotFoundException::new);
        long eventId = links.eventOf(secret).orElseThrow(NotFoundException::new);
        var header = events.header(eventId).orElseThrow(NotFoundException::new);
        title = header.title();
        removeAll();
        add(doors.create(header, getTranslation("checkin.door.volunteer"), false,
                () -> links.eventOf(secret).filter(id -> id == eventId).isPresent()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("checkin.door.title", title);
    }
}
