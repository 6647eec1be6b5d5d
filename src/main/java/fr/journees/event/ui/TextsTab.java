package fr.journees.event.ui;

import org.springframework.stereotype.Component;

import fr.journees.event.EventContentService;
import fr.journees.event.EventHeader;
import fr.journees.event.EventService;

@Component
class TextsTab extends SimpleEventEditorTab {

    private final EventService events;
    private final EventContentService content;

    TextsTab(EventService events, EventContentService content) {
        super("textes", "text.tab", 20);
        this.events = events;
        this.content = content;
    }

    @Override
    public com.vaadin.flow.component.Component create(EventHeader event) {
        return new TextsEditor(event, events, content);
    }
}
