package fr.journees.itinerary.ui;

import org.springframework.stereotype.Component;

import fr.journees.event.EventHeader;
import fr.journees.event.ui.EventEditorTab;
import fr.journees.itinerary.ItineraryService;

@Component
class ItinerariesTab implements EventEditorTab {

    private final ItineraryService itineraries;

    ItinerariesTab(ItineraryService itineraries) {
        this.itineraries = itineraries;
    }

    @Override
    public String id() {
        return "parcours";
    }

    @Override
    public String titleKey() {
        return "itinerary.plural";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public com.vaadin.flow.component.Component create(EventHeader event) {
        return new ItinerariesPanel(itineraries.forEvent(event.id()));
    }
}
