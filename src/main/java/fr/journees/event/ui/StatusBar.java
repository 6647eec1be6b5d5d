package fr.journees.event.ui;

import java.util.Comparator;

import org.springframework.dao.OptimisticLockingFailureException;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import fr.journees.base.ui.Confirm;
import fr.journees.base.ui.Notifications;
import fr.journees.event.EventDetails;
import fr.journees.event.EventLinks;
import fr.journees.event.EventRejected;
import fr.journees.event.EventService;
import fr.journees.event.EventStatus;

/** Where the event stands (draft, published, closed, archived) and the steps it can take from there. */
class StatusBar extends HorizontalLayout {

    private final EventService events;
    private final EventDetails event;

    StatusBar(EventService events, EventLinks links, EventDetails event) {
        this.events = events;
        this.event = event;
        setId("status-bar");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        add(new Span(getTranslation("event.status.explain." + event.status().name())));
        if (event.status() == EventStatus.PUBLISHED) {
            var page = new Anchor(links.page(event.slug()), getTranslation("event.public.open"));
            page.setTarget(AnchorTarget.BLANK);
            page.setId("public-page-link");
            add(page);
        }
        event.status().next().stream().sorted(Comparator.comparingInt(EventStatus::ordinal).reversed())
                .forEach(target -> {
                    var button = new Button(getTranslation("event.move." + event.status().name() + "." + target.name()),
                            e -> confirm(target));
                    button.setId("status-" + target.name().toLowerCase());
                    add(button);
                });
    }

    private void confirm(EventStatus target) {
        var title = getTranslation("event.move." + event.status().name() + "." + target.name());
        var text = getTranslation("event.move.explain." + target.name());
        if (target == EventStatus.PUBLISHED) {
            Confirm.step("status-confirm", title, text, getTranslation("event.move.confirm"), () -> move(target));
        } else {
            Confirm.action("status-confirm", title, text, getTranslation("event.move.confirm"), () -> move(target));
        }
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
