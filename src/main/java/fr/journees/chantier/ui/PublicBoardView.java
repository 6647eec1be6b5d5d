package fr.journees.chantier.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import fr.journees.chantier.BoardBroadcaster;
import fr.journees.chantier.ChantierService;
import fr.journees.event.EventService;

/**
 * The read-only board behind an event's secret public link, for the plenary's audience. Unknown
 * tokens and disabled links look the same: not found.
 */
@Route(value = "tableau/:token", autoLayout = false)
@AnonymousAllowed
public class PublicBoardView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ChantierService service;
    private final EventService events;
    private final BoardBroadcaster broadcaster;
    private String title = "";

    public PublicBoardView(ChantierService service, EventService events, BoardBroadcaster broadcaster) {
        this.service = service;
        this.events = events;
        this.broadcaster = broadcaster;
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var token = event.getRouteParameters().get("token").orElseThrow(NotFoundException::new);
        long eventId = service.eventOfPublicBoard(token).orElseThrow(NotFoundException::new);
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
