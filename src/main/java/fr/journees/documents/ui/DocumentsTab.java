package fr.journees.documents.ui;

import org.springframework.stereotype.Component;

import fr.journees.event.EventHeader;
import fr.journees.event.ui.EventEditorTab;
import fr.journees.livret.LivretService;

/** Contributes the "Documents" tab to the event editor: the livret, sign-in sheets and badges. */
@Component
class DocumentsTab implements EventEditorTab {

    private final LivretService livrets;
    private final DocumentJobs jobs;

    DocumentsTab(LivretService livrets, DocumentJobs jobs) {
        this.livrets = livrets;
        this.jobs = jobs;
    }

    @Override
    public String id() {
        return "documents";
    }

    @Override
    public String titleKey() {
        return "outputs.documents.tab";
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public com.vaadin.flow.component.Component create(EventHeader event) {
        return new DocumentsPanel(event, livrets, jobs);
    }
}
