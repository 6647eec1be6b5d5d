package fr.journees.directory.ui;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.ToLongFunction;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.data.provider.CallbackDataProvider;

import fr.journees.base.ui.UnsavedChanges;
import fr.journees.directory.DirectoryService;
import fr.journees.directory.DuplicateName;
import fr.journees.directory.OrganisationDraft;
import fr.journees.directory.PersonDraft;
import fr.journees.directory.PlaceDraft;

/**
 * Creates a place, an organisation or a person from the picker where it is missing: the directory's
 * own form, prefilled with the name typed in the picker, saved through the directory service; the new
 * entry is then handed back (id and name) so that the picker selects it.
 */
public final class NewEntryDialog<D extends Record> extends Dialog {

    private final DraftForm<D> form;

    private NewEntryDialog(String entity, DraftForm<D> form, ToLongFunction<D> create,
                           java.util.function.Function<D, String> name, BiConsumer<Long, String> created) {
        this.form = form;
        setId("new-" + entity + "-dialog");
        setHeaderTitle(getTranslation(entity + ".title.new"));
        setCloseOnOutsideClick(false);
        setWidth("min(52em, 96vw)");
        add(form);
        form.addSaveListener(e -> {
            try {
                long id = create.applyAsLong(e.draft());
                close();
                created.accept(id, name.apply(e.draft()));
            } catch (DuplicateName duplicate) {
                form.showNameTaken(getTranslation(entity + ".duplicate"));
            }
        });
        var closeAsking = UnsavedChanges.guardForm(this, form);
        form.addCloseListener(e -> closeAsking.run());
    }

    public static void place(DirectoryService directory, String typed, BiConsumer<Long, String> created) {
        var draft = new PlaceDraft(typed, null, null, null, null, null, null, List.of());
        open("place", new PlaceForm(), draft, directory::createPlace, PlaceDraft::name, created);
    }

    public static void organisation(DirectoryService directory, String typed, BiConsumer<Long, String> created) {
        var empty = OrganisationForm.EMPTY;
        var draft = new OrganisationDraft(typed, empty.kind(), empty.territory(), empty.contact(), empty.email(),
                empty.phone(), empty.address(), empty.website(), empty.description());
        open("organisation", new OrganisationForm(), draft, directory::createOrganisation, OrganisationDraft::name,
                created);
    }

    public static void person(DirectoryService directory, String typed, BiConsumer<Long, String> created) {
        var form = new PersonForm(new CallbackDataProvider<>(
                query -> directory.findOrganisations(query.getFilter().orElse(""), query.getOffset(),
                        query.getLimit()).stream(),
                query -> directory.countOrganisations(query.getFilter().orElse(""))),
                directory::organisationOption);
        open("person", form, new PersonDraft(typed, null, null), directory::createPerson, PersonDraft::fullName,
                created);
    }

    private static <D extends Record> void open(String entity, DraftForm<D> form, D draft, ToLongFunction<D> create,
                                                java.util.function.Function<D, String> name,
                                                BiConsumer<Long, String> created) {
        var dialog = new NewEntryDialog<>(entity, form, create, name, created);
        dialog.open();
        form.edit(draft, false);
    }

    DraftForm<D> form() {
        return form;
    }
}
