package fr.journees.funding.ui;

import org.springframework.stereotype.Component;

import fr.journees.directory.DirectoryService;
import fr.journees.event.EventHeader;
import fr.journees.event.ui.SimpleEventEditorTab;
import fr.journees.funding.FundingService;

/** Contributes the "Financement" tab to the event editor. */
@Component
class FundingTab extends SimpleEventEditorTab {

    private final FundingService funding;
    private final DirectoryService directory;

    FundingTab(FundingService funding, DirectoryService directory) {
        super("financement", "funding.tab", 75);
        this.funding = funding;
        this.directory = directory;
    }

    @Override
    public com.vaadin.flow.component.Component create(EventHeader event) {
        return new FundingEditor(event, funding, directory);
    }
}
