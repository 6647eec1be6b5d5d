package fr.journees.base.ui;

import java.util.Optional;

import com.vaadin.flow.router.BeforeEvent;

/** A numeric id of the address: absent when it is no number, so that the view answers 404, not an exception. */
public final class RouteIds {

    private RouteIds() {
    }

    public static Optional<Long> of(BeforeEvent event, String parameter) {
        return event.getRouteParameters().get(parameter).filter(v -> v.matches("[0-9]{1,18}")).map(Long::valueOf);
    }
}
