package fr.journees.chantier.ui;

import org.springframework.stereotype.Component;

import com.vaadin.flow.spring.security.AuthenticationContext;

import fr.journees.chantier.BanquePdfExporter;
import fr.journees.chantier.BanqueXlsxExporter;
import fr.journees.chantier.ChantierService;
import fr.journees.event.EventHeader;
import fr.journees.event.EventSharing;
import fr.journees.event.ui.SimpleEventEditorTab;

/** Contributes the "Restitution" tab to the event editor: the board, its public link, the banque de projets. */
@Component
class RestitutionTab extends SimpleEventEditorTab {

    private final ChantierService service;
    private final EventSharing events;
    private final BanquePdfExporter pdf;
    private final BanqueXlsxExporter xlsx;
    private final AuthenticationContext authentication;

    RestitutionTab(ChantierService service, EventSharing events, BanquePdfExporter pdf, BanqueXlsxExporter xlsx,
                   AuthenticationContext authentication) {
        super("restitution", "chantier.tab", 70);
        this.service = service;
        this.events = events;
        this.pdf = pdf;
        this.xlsx = xlsx;
        this.authentication = authentication;
    }

    @Override
    public com.vaadin.flow.component.Component create(EventHeader event) {
        return new RestitutionPanel(event, authentication.getPrincipalName().orElseThrow(), service, events, pdf, xlsx);
    }
}
