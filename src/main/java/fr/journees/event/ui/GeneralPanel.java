package fr.journees.event.ui;

import org.springframework.dao.OptimisticLockingFailureException;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import fr.journees.base.ui.Notifications;
import fr.journees.base.ui.UnsavedChanges;
import fr.journees.event.EventDetails;
import fr.journees.event.EventLinks;
import fr.journees.event.EventNotEditable;
import fr.journees.event.EventRejected;
import fr.journees.event.EventService;
import fr.journees.event.EventStatus;

/** The general tab: the status workflow, then the event's form. */
class GeneralPanel extends VerticalLayout implements UnsavedChanges {

    private final EventService events;
    private final EventDetails event;
    private final EventForm form;
    private boolean saved;

    GeneralPanel(EventService events, EventLinks links, DirectoryChoices choices, EventDetails event) {
        this.events = events;
        this.event = event;
        this.form = new EventForm(choices);
        setPadding(false);
        form.edit(event);
        form.onChange(() -> UnsavedChanges.guardBrowserClose(this, form.hasChanges()));
        addDetachListener(e -> UnsavedChanges.guardBrowserClose(this, false));
        add(new StatusBar(events, links, event));
        add(form);
        var duplicate = new Button(getTranslation("event.duplicate"), e -> new DuplicateDialog(events, event).open());
        duplicate.setId("duplicate-event");
        var actions = new HorizontalLayout();
        if (event.status() == EventStatus.ARCHIVED) {
            // An archived event is read-only: it can still be copied to plan another day.
            form.setEnabled(false);
        } else {
            var save = new Button(getTranslation("action.save"), e -> save());
            save.setId("save-event");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(save);
        }
        actions.add(duplicate);
        add(actions);
    }

    @Override
    public boolean hasUnsavedChanges() {
        return !saved && form.isEnabled() && form.hasChanges();
    }

    private void save() {
        var result = form.result();
        if (result.isEmpty()) {
            return;
        }
        try {
            events.update(event.id(), event.version(), result.get().draft(), result.get().organiserIds(),
                    result.get().partnerIds());
            saved = true;
            UnsavedChanges.guardBrowserClose(this, false);
            Notifications.success(getTranslation("event.saved"));
            UI.getCurrent().refreshCurrentRoute(false);
        } catch (EventRejected rejected) {
            form.show(rejected);
        } catch (OptimisticLockingFailureException conflict) {
            Notifications.error(getTranslation("event.error.conflict"));
        } catch (EventNotEditable archived) {
            Notifications.error(getTranslation("event.error.archived"));
        }
    }
}
