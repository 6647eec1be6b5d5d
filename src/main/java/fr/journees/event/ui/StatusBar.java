package fr.journees.event.ui;

import java.util.Comparator;

import org.springframework.dao.OptimisticLockingFailureException;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import fr.journees.base.ui.Notifications;
import fr.journees.event.EventDetails;
import fr.journees.event.EventRejected;
import fr.journees.event.EventService;
import fr.journees.event.EventStatus;

/** Where the event stands (draft, published, closed, archived) and the steps it can take from there. */
class StatusBar extends HorizontalLayout {

    private final EventService events;
    private final EventDetails event;

    StatusBar(EventService events, EventDetails event) {
        this.events = events;
        this.event = event;
        setId("status-bar");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new Span(getTranslation("event.status.explain." + event.status().name())));
        event.status().next().stream().sorted(Comparator.comparingInt(EventStatus::ordinal).reversed())
                .forEach(target -> {
                    var button = new Button(getTranslation("event.move." + event.status().name() + "." + target.name()),
                            e -> confirm(target));
                    button.setId("status-" + target.name().toLowerCase());
                    add(button);
                });
    }

    private void confirm(EventStatus target) {
        var dialog = new ConfirmDialog(getTranslation("event.move." + event.status().name() + "." + target.name()),
                getTranslation("event.move.explain." + target.name()), getTranslation("event.move.confirm"),
                e -> move(target));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.open();
    }

    private void move(EventStatus target) {
        try {
            events.changeStatus(event.id(), event.version(), target);
            Notifications.success(getTranslation("event.moved." + target.name()));
        } catch (OptimisticLockingFailureException | EventRejected stale) {
            Notifications.error(getTranslation("event.error.conflict"));
        }
        UI.getCurrent().refreshCurrentRoute(false);
    }
}
