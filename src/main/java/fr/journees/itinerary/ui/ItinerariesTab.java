package fr.journees.itinerary.ui;

import org.springframework.stereotype.Component;

import fr.journees.base.ui.Choice;
import fr.journees.directory.DirectoryService;
import fr.journees.event.EventHeader;
import fr.journees.event.ui.SimpleEventEditorTab;
import fr.journees.itinerary.ItineraryService;

@Component
class ItinerariesTab extends SimpleEventEditorTab {

    private final ItineraryService itineraries;
    private final DirectoryService directory;

    ItinerariesTab(ItineraryService itineraries, DirectoryService directory) {
        super("parcours", "itinerary.plural", 40);
        this.itineraries = itineraries;
        this.directory = directory;
    }

    @Override
    public com.vaadin.flow.component.Component create(EventHeader event) {
        return new ItinerariesEditor(event, itineraries,
                (filter, offset, limit) -> directory.findPlaces(filter, offset, limit).stream()
                        .map(p -> new Choice(p.id(), p.name())).toList(),
                directory::countPlaces,
                (filter, offset, limit) -> directory.findPeople(filter, offset, limit).stream()
                        .map(p -> new Choice(p.id(), p.functionLine() == null ? p.fullName()
                                : p.fullName() + " — " + p.functionLine())).toList(),
                directory::countPeople, new DirectoryStopHelp(directory));
    }
}
