package fr.journees.event.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;

/**
 * A part of the home page contributed as a Spring bean by the feature that owns it (a facilitator's
 * workshops…), so that the event feature does not depend on it.
 */
public interface HomeSection {

    /** Position on the page, after the organisers' next days. */
    int order();

    /** The section for this account, or nothing when it has nothing for them. */
    Optional<Component> create(String email, boolean organiser);
}
