package fr.journees.directory.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Tag;

/**
 * A part of a draft that its form does not let the user change (an event's status, moved by its own
 * buttons) but must give back with the rest: {@link DraftBinder} builds the record from every property.
 */
@Tag("span")
public final class Carried<T> extends AbstractField<Carried<T>, T> {

    public Carried() {
        super(null);
        setVisible(false);
    }

    @Override
    protected void setPresentationValue(T value) {
        // Nothing is shown.
    }
}
