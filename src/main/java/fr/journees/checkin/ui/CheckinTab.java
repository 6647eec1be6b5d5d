package fr.journees.checkin.ui;

import org.springframework.stereotype.Component;

import com.vaadin.flow.spring.security.AuthenticationContext;

import fr.journees.checkin.CheckinLinkService;
import fr.journees.event.EventHeader;
import fr.journees.event.ui.SimpleEventEditorTab;
import fr.journees.registration.AttendanceService;

/** The event editor's "Accueil" tab: live attendance, the door screen, the volunteers' link, closing the day. */
@Component
class CheckinTab extends SimpleEventEditorTab {

    private final AttendanceService attendance;
    private final CheckinLinkService links;
    private final AuthenticationContext authentication;

    CheckinTab(AttendanceService attendance, CheckinLinkService links, AuthenticationContext authentication) {
        super("accueil", "checkin.tab", 65);
        this.attendance = attendance;
        this.links = links;
        this.authentication = authentication;
    }

    @Override
    public com.vaadin.flow.component.Component create(EventHeader event) {
        var by = authentication.getPrincipalName().orElse("?");
        return new AttendancePanel(event, attendance, by, new VolunteerLinkSection(event, links, by));
    }
}
