package fr.journees.checkin.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;

import fr.journees.base.ui.RouteIds;
import fr.journees.event.EventService;
import fr.journees.event.ui.EventEditorView;
import fr.journees.security.Roles;
import jakarta.annotation.security.RolesAllowed;

/** The organisers' door screen of a day, full screen for a phone or a tablet. */
@Route(value = "accueil/:eventId", autoLayout = false)
@RolesAllowed(Roles.ORGANISER)
public class DoorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final EventService events;
    private final DoorScreens doors;
    private final AuthenticationContext authentication;
    private String title = "";

    public DoorView(EventService events, DoorScreens doors, AuthenticationContext authentication) {
        this.events = events;
        this.doors = doors;
        this.authentication = authentication;
        addClassName("door-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var header = RouteIds.of(event, "eventId").flatMap(events::header)
                .orElseThrow(NotFoundException::new);
        var by = authentication.getPrincipalName().orElse("?");
        title = header.title();
        removeAll();
        var back = new Anchor(RouteConfiguration.forSessionScope().getUrl(EventEditorView.class,
                EventEditorView.parameters(header.id(), "accueil")), getTranslation("checkin.door.back"));
        back.setId("door-back");
        back.addClassName("door-back");
        add(back, doors.create(header, by, true, () -> true));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("checkin.door.title", title);
    }
}
