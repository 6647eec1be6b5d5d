package fr.journees.event.ui;

import org.springframework.stereotype.Component;

import fr.journees.event.EventContentService;
import fr.journees.event.EventHeader;
import fr.journees.event.EventService;

@Component
class TextsTab implements EventEditorTab {

    private final EventService events;
    private final EventContentService content;

    TextsTab(EventService events, EventContentService content) {
        this.events = events;
        this.content = content;
    }

    @Override
    public String id() {
        return "textes";
    }

    @Override
    public String titleKey() {
        return "text.tab";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public com.vaadin.flow.component.Component create(EventHeader event) {
        return new TextsEditor(event, events, content);
    }
}
