package fr.journees.documents.ui;

import org.springframework.stereotype.Component;

import com.vaadin.flow.spring.security.AuthenticationContext;

import fr.journees.event.EventHeader;
import fr.journees.event.EventService;
import fr.journees.event.ui.SimpleEventEditorTab;
import fr.journees.itinerary.ItineraryService;
import fr.journees.livret.LivretService;
import fr.journees.report.BilanService;
import fr.journees.sheets.SheetsService;
import fr.journees.workshop.WorkshopService;

/** Contributes the "Documents" tab to the event editor: the livret, sign-in sheets, badges and the funders' report. */
@Component
class DocumentsTab extends SimpleEventEditorTab {

    private final LivretService livrets;
    private final SheetsService sheets;
    private final ItineraryService itineraries;
    private final WorkshopService workshops;
    private final DocumentJobs jobs;
    private final EventService events;
    private final BilanService bilans;
    private final AuthenticationContext authentication;

    DocumentsTab(LivretService livrets, SheetsService sheets, ItineraryService itineraries,
                 WorkshopService workshops, DocumentJobs jobs, EventService events, BilanService bilans,
                 AuthenticationContext authentication) {
        super("documents", "outputs.documents.tab", 80);
        this.bilans = bilans;
        this.authentication = authentication;
        this.livrets = livrets;
        this.sheets = sheets;
        this.itineraries = itineraries;
        this.workshops = workshops;
        this.jobs = jobs;
        this.events = events;
    }

    @Override
    public com.vaadin.flow.component.Component create(EventHeader event) {
        var panel = new DocumentsPanel(event, livrets, jobs);
        panel.add(new BrandingSection(events, event));
        panel.add(new SheetsSection(event, sheets, itineraries.forEvent(event.id()), workshops.forEvent(event.id()),
                panel));
        panel.add(new ReportSection(event, authentication.getPrincipalName().orElseThrow(), bilans, panel));
        return panel;
    }
}
