package fr.journees.workshop.ui;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.dao.OptimisticLockingFailureException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.provider.DataProvider;

import fr.journees.base.ui.Confirm;
import fr.journees.base.ui.Notifications;
import fr.journees.base.ui.UnsavedChanges;
import fr.journees.event.EventHeader;
import fr.journees.event.EventNotEditable;
import fr.journees.security.AccountOption;
import fr.journees.security.AccountService;
import fr.journees.workshop.Direction;
import fr.journees.workshop.DuplicateTitle;
import fr.journees.workshop.InitiativeService;
import fr.journees.workshop.InitiativeView;
import fr.journees.workshop.WorkshopDraft;
import fr.journees.workshop.WorkshopService;
import fr.journees.workshop.WorkshopView;

/**
 * The workshops tab: the event's workshops in order, each with its recueil; created and edited in a
 * dialog, reordered with buttons (so by keyboard too), read-only once the event is archived.
 */
class WorkshopsEditor extends Section {

    private final EventHeader event;
    private final WorkshopService workshops;
    private final DataProvider<InitiativeView, String> initiativeOptions;
    private final Div list = new Div();
    private final Map<Long, WorkshopCard> cards = new HashMap<>();
    private final Set<Long> opened = new HashSet<>();
    private final Dialog dialog = new Dialog();
    private final WorkshopForm form;

    WorkshopsEditor(EventHeader event, WorkshopService workshops, InitiativeService initiatives,
                    AccountService accounts) {
        this.event = event;
        this.workshops = workshops;
        setId("workshops");
        addClassName("panel");
        add(new H2(getTranslation("workshop.plural")));
        if (event.editable()) {
            var create = new Button(getTranslation("workshop.new"), VaadinIcon.PLUS.create(), e -> openCreate());
            create.setId("workshop-new");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(create);
        } else {
            var readOnly = new Paragraph(getTranslation("workshop.readOnly"));
            readOnly.setId("workshops-read-only");
            add(readOnly);
        }
        list.setId("workshops-list");
        add(list);
        initiativeOptions = DataProvider.fromFilteringCallbacks(
                query -> initiatives.options(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                        .stream(),
                query -> initiatives.countOptions(query.getFilter().orElse("")));
        form = new WorkshopForm(DataProvider.<AccountOption, String>fromFilteringCallbacks(
                query -> accounts.facilitators(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                        .stream(),
                query -> accounts.countFacilitators(query.getFilter().orElse(""))));
        var invite = new FacilitatorInviteDialog(accounts, form::addFacilitator);
        form.addSaveListener(e -> save(e.draft(), e.facilitatorIds()));
        var closeAsking = UnsavedChanges.guardForm(dialog, form);
        form.addCloseListener(e -> closeAsking.run());
        form.addInviteListener(e -> invite.openEmpty());
        dialog.setId("workshop-dialog");
        dialog.setWidth("52rem");
        dialog.add(form);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        cards.clear();
        var all = workshops.forEvent(event.id());
        if (all.isEmpty()) {
            var empty = new Paragraph(getTranslation("workshop.empty"));
            empty.setId("workshops-empty");
            list.add(empty);
        }
        for (int i = 0; i < all.size(); i++) {
            var workshop = all.get(i);
            var card = new WorkshopCard(this, workshop, i, all.size(), event.editable(),
                    opened.contains(workshop.id()), initiativeOptions);
            cards.put(workshop.id(), card);
            list.add(card);
        }
    }

    void toggled(long workshopId, boolean open) {
        if (open) {
            opened.add(workshopId);
        } else {
            opened.remove(workshopId);
        }
    }

    private void openCreate() {
        dialog.setHeaderTitle(getTranslation("workshop.new"));
        form.create();
        dialog.open();
    }

    void edit(WorkshopView workshop) {
        dialog.setHeaderTitle(getTranslation("workshop.edit", workshop.title()));
        form.edit(workshop);
        dialog.open();
    }

    private void save(WorkshopDraft draft, Set<Long> facilitatorIds) {
        var editing = form.editing();
        try {
            if (editing == null) {
                opened.add(workshops.create(event.id(), draft, facilitatorIds));
            } else {
                workshops.update(editing.id(), editing.version(), draft, facilitatorIds);
            }
        } catch (DuplicateTitle taken) {
            form.titleTaken();
            return;
        } catch (OptimisticLockingFailureException stale) {
            form.conflict();
            return;
        } catch (EventNotEditable archived) {
            form.archived();
            return;
        }
        dialog.close();
        Notifications.success(getTranslation("workshop.saved", draft.title().strip()));
        refresh();
    }

    void confirmDelete(WorkshopView workshop) {
        Confirm.action("workshop-delete-confirm", getTranslation("workshop.delete.title"),
                getTranslation("workshop.delete.text", workshop.title()),
                getTranslation("workshop.action.delete"),
                () -> attempt(() -> workshops.delete(workshop.id(), workshop.version()),
                        getTranslation("workshop.deleted", workshop.title())));
    }

    void move(WorkshopView workshop, Direction direction) {
        opened.add(workshop.id());
        if (attempt(() -> workshops.move(workshop.id(), direction), null)) {
            cards.get(workshop.id()).focusMove(direction);
        }
    }

    void addToRecueil(WorkshopView workshop, InitiativeView initiative) {
        opened.add(workshop.id());
        if (workshop.initiatives().stream().anyMatch(i -> i.id() == initiative.id())) {
            Notifications.error(getTranslation("recueil.already", initiative.title()));
            return;
        }
        attempt(() -> workshops.addToRecueil(workshop.id(), initiative.id()),
                getTranslation("recueil.added", initiative.title()));
    }

    void moveInRecueil(WorkshopView workshop, InitiativeView initiative, Direction direction) {
        opened.add(workshop.id());
        if (attempt(() -> workshops.moveInRecueil(workshop.id(), initiative.id(), direction), null)) {
            cards.get(workshop.id()).recueil().focusMove(initiative.id(), direction);
        }
    }

    void removeFromRecueil(WorkshopView workshop, InitiativeView initiative) {
        opened.add(workshop.id());
        attempt(() -> workshops.removeFromRecueil(workshop.id(), initiative.id()),
                getTranslation("recueil.removed", initiative.title()));
    }

    /**
     * Runs a write from the list; whatever happens, the list shows the database's state afterwards,
     * with the workshop acted on kept open.
     */
    private boolean attempt(Runnable write, String success) {
        try {
            write.run();
            if (success != null) {
                Notifications.success(success);
            }
            return true;
        } catch (EventNotEditable archived) {
            Notifications.error(getTranslation("workshop.error.archived"));
            return false;
        } catch (OptimisticLockingFailureException stale) {
            Notifications.error(getTranslation("workshop.conflict.list"));
            return false;
        } finally {
            refresh();
        }
    }
}
