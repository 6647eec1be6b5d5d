package fr.journees.workshop.ui;

import org.springframework.dao.OptimisticLockingFailureException;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.data.provider.DataProvider;

import fr.journees.base.ui.UnsavedChanges;
import fr.journees.base.ui.Confirm;
import fr.journees.base.ui.Notifications;
import fr.journees.directory.DirectoryService;
import fr.journees.directory.OrganisationOption;
import fr.journees.workshop.DuplicateTitle;
import fr.journees.workshop.InitiativeDetail;
import fr.journees.workshop.InitiativeDraft;
import fr.journees.workshop.InitiativeInUse;
import fr.journees.workshop.InitiativeService;

/** The dialog where an initiative of the library is created, edited or deleted. */
class InitiativeEditor extends Dialog {

    private final InitiativeService initiatives;
    private final Runnable changed;
    private final InitiativeForm form;

    InitiativeEditor(InitiativeService initiatives, DirectoryService directory, Runnable changed) {
        this.initiatives = initiatives;
        this.changed = changed;
        setId("initiative-dialog");
        setWidth("48rem");
        DataProvider<OrganisationOption, String> porteurs = DataProvider.fromFilteringCallbacks(
                query -> directory.findOrganisations(query.getFilter().orElse(""), query.getOffset(),
                        query.getLimit()).stream(),
                query -> directory.countOrganisations(query.getFilter().orElse("")));
        form = new InitiativeForm(porteurs, initiatives.themes());
        form.addSaveListener(e -> save(e.draft()));
        form.addDeleteListener(e -> confirmDelete());
        var closeAsking = UnsavedChanges.guardForm(this, form);
        form.addCloseListener(e -> closeAsking.run());
        add(form);
    }

    void create() {
        setHeaderTitle(getTranslation("initiative.new"));
        form.create();
        open();
    }

    void edit(InitiativeDetail initiative) {
        setHeaderTitle(getTranslation("initiative.edit"));
        form.edit(initiative);
        open();
    }

    private void save(InitiativeDraft draft) {
        var editing = form.editing();
        try {
            if (editing == null) {
                initiatives.create(draft);
            } else {
                initiatives.update(editing.id(), editing.version(), draft);
            }
            done(getTranslation("initiative.saved", draft.title().strip()));
        } catch (DuplicateTitle taken) {
            form.titleTaken();
        } catch (OptimisticLockingFailureException stale) {
            form.conflict();
        }
    }

    private void confirmDelete() {
        var initiative = form.editing();
        Confirm.action("initiative-delete-confirm", getTranslation("initiative.delete.title"),
                getTranslation("initiative.delete.text", initiative.title()),
                getTranslation("initiative.action.delete"), () -> delete(initiative));
    }

    private void delete(InitiativeDetail initiative) {
        try {
            initiatives.delete(initiative.id(), initiative.version());
            done(getTranslation("initiative.deleted", initiative.title()));
        } catch (InitiativeInUse inUse) {
            form.inUse(inUse.workshops());
        } catch (OptimisticLockingFailureException stale) {
            form.conflict();
        }
    }

    private void done(String message) {
        close();
        Notifications.success(message);
        changed.run();
    }
}
