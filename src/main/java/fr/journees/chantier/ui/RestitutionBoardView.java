package fr.journees.chantier.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import fr.journees.base.ui.RouteIds;
import fr.journees.chantier.BoardBroadcaster;
import fr.journees.chantier.ChantierService;
import fr.journees.event.EventService;
import fr.journees.security.Roles;
import jakarta.annotation.security.RolesAllowed;

/** The restitution board, full screen for the projector, for the back-office accounts. */
@Route(value = "restitution/:eventId", autoLayout = false)
@RolesAllowed({Roles.ORGANISER, Roles.FACILITATOR})
public class RestitutionBoardView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ChantierService service;
    private final EventService events;
    private final BoardBroadcaster broadcaster;
    private String title = "";

    public RestitutionBoardView(ChantierService service, EventService events, BoardBroadcaster broadcaster) {
        this.service = service;
        this.events = events;
        this.broadcaster = broadcaster;
        setSizeFull();
    }

    public static RouteParameters parameters(long eventId) {
        return new RouteParameters("eventId", Long.toString(eventId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long eventId = RouteIds.of(event, "eventId").orElseThrow(NotFoundException::new);
        var header = events.header(eventId).orElseThrow(NotFoundException::new);
        title = header.title();
        removeAll();
        add(new BoardPanel(eventId, header.title(), service, broadcaster));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("chantier.board.title", title);
    }
}
