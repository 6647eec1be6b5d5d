package fr.journees.event.ui;

import com.vaadin.flow.component.Component;

import fr.journees.event.EventHeader;

/**
 * A tab of the event editor, contributed as a Spring bean by the feature that owns its content
 * (itineraries, workshops…), so that the event feature does not depend on them.
 */
public interface EventEditorTab {

    /** The URL segment of the tab: {@code evenements/12/parcours}. */
    String id();

    /** Translation key of the tab's label. */
    String titleKey();

    /** Position among the tabs; the event's own tabs use 10 (general), 20 (texts), 30 (programme). */
    int order();

    /** A fresh component showing (and, when the event is editable, editing) that part of the event. */
    Component create(EventHeader event);
}
