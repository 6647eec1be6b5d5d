package fr.journees.event.ui;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.ComboBoxBase;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;

import fr.journees.base.ui.Choice;
import fr.journees.base.ui.LazyChoices;
import fr.journees.directory.DirectoryService;
import fr.journees.directory.ui.NewEntryDialog;

/**
 * Lazy pickers of places and organisations for the event's forms. A name that is not in the directory
 * yet can be created from the picker itself; Enter on a name that matches one entry only picks it.
 */
@Component
class DirectoryChoices {

    private final DirectoryService directory;

    DirectoryChoices(DirectoryService directory) {
        this.directory = directory;
    }

    void places(ComboBoxBase<?, Choice, ?> combo) {
        LazyChoices.bind(combo, this::places, filter -> directory.countPlaces(filter));
    }

    void organisations(ComboBoxBase<?, Choice, ?> combo) {
        LazyChoices.bind(combo, this::organisations, filter -> directory.countOrganisations(filter));
    }

    /** A place picker that also creates the place typed when it is not in the directory. */
    void placesOrNew(ComboBox<Choice> combo) {
        places(combo);
        creatable(combo, this::places, (typed, created) -> NewEntryDialog.place(directory, typed, created),
                combo::setValue);
    }

    void organisationsOrNew(MultiSelectComboBox<Choice> combo) {
        organisations(combo);
        creatable(combo, this::organisations,
                (typed, created) -> NewEntryDialog.organisation(directory, typed, created), combo::select);
    }

    private List<Choice> places(String filter, int offset, int limit) {
        return directory.findPlaces(filter, offset, limit).stream().map(p -> new Choice(p.id(), p.name())).toList();
    }

    private List<Choice> organisations(String filter, int offset, int limit) {
        return directory.findOrganisations(filter, offset, limit).stream()
                .map(o -> new Choice(o.id(), o.name())).toList();
    }

    private static void creatable(ComboBoxBase<?, Choice, ?> combo, LazyChoices.Page page,
                                  BiConsumer<String, BiConsumer<Long, String>> create, Consumer<Choice> pick) {
        combo.setAllowCustomValue(true);
        combo.setHelperText(combo.getTranslation("event.picker.createHelp"));
        combo.addCustomValueSetListener(e -> {
            var typed = e.getDetail() == null ? "" : e.getDetail().strip();
            if (typed.isEmpty()) {
                return;
            }
            var found = page.fetch(typed, 0, 2);
            if (found.size() == 1) {
                pick.accept(found.get(0));
            } else {
                create.accept(typed, (id, name) -> pick.accept(new Choice(id, name)));
            }
        });
    }
}
