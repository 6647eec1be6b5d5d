package fr.journees.privacy.ui;

import org.springframework.stereotype.Component;

import fr.journees.event.EventHeader;
import fr.journees.event.EventLinks;
import fr.journees.event.ui.SimpleEventEditorTab;
import fr.journees.privacy.PrivacyService;

/** The event editor's "Données personnelles" tab: the notice's settings, the retention status, the log. */
@Component
class PrivacyTab extends SimpleEventEditorTab {

    private final PrivacyService privacy;

    PrivacyTab(PrivacyService privacy) {
        super("donnees-personnelles", "privacy.tab", 85);
        this.privacy = privacy;
    }

    @Override
    public com.vaadin.flow.component.Component create(EventHeader event) {
        return new PrivacyPanel(event, privacy, EventLinks.privacyNoticePath(event.slug()));
    }
}
