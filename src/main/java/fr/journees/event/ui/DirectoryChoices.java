package fr.journees.event.ui;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.combobox.ComboBoxBase;

import fr.journees.base.ui.Choice;
import fr.journees.base.ui.LazyChoices;
import fr.journees.directory.DirectoryService;

/** Lazy pickers of places and organisations for the event's forms. */
@Component
class DirectoryChoices {

    private final DirectoryService directory;

    DirectoryChoices(DirectoryService directory) {
        this.directory = directory;
    }

    void places(ComboBoxBase<?, Choice, ?> combo) {
        LazyChoices.bind(combo, (filter, offset, limit) -> directory.findPlaces(filter, offset, limit).stream()
                .map(p -> new Choice(p.id(), p.name())).toList(), directory::countPlaces);
    }

    void organisations(ComboBoxBase<?, Choice, ?> combo) {
        LazyChoices.bind(combo, (filter, offset, limit) -> directory.findOrganisations(filter, offset, limit).stream()
                .map(o -> new Choice(o.id(), o.name())).toList(), directory::countOrganisations);
    }
}
