package fr.journees.event.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import fr.journees.base.ui.RouteIds;
import fr.journees.base.ui.UnsavedChanges;
import fr.journees.event.EventHeader;
import fr.journees.event.EventService;
import fr.journees.security.Roles;
import jakarta.annotation.security.RolesAllowed;

/** One event, one tab per part of it; the tab is in the URL so that it can be bookmarked and shared. */
@Route("evenements/:eventId/:tab?")
@RolesAllowed(Roles.ORGANISER)
public class EventEditorView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver,
        HasDynamicTitle {

    private final EventService events;
    private final List<EventEditorTab> tabs;
    private String title = "";
    private Tabs bar;
    private Tab shown;
    private Component content;

    public EventEditorView(EventService events, List<EventEditorTab> contributedTabs) {
        this.events = events;
        this.tabs = contributedTabs.stream().sorted(Comparator.comparingInt(EventEditorTab::order)).toList();
        setId("event-editor");
    }

    public static RouteParameters parameters(long eventId) {
        return new RouteParameters("eventId", String.valueOf(eventId));
    }

    public static RouteParameters parameters(long eventId, String tab) {
        return new RouteParameters(Map.of("eventId", String.valueOf(eventId), "tab", tab));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var header = RouteIds.of(event, "eventId").flatMap(events::header)
                .orElseThrow(NotFoundException::new);
        var selected = event.getRouteParameters().get("tab")
                .flatMap(id -> tabs.stream().filter(t -> t.id().equals(id)).findFirst())
                .orElse(tabs.get(0));
        title = header.title();
        removeAll();
        content = content(header, selected);
        add(heading(header), tabBar(header, selected), content);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (content != null) {
            UnsavedChanges.askBeforeLeaving(event, content, () -> bar.setSelectedTab(shown));
        }
    }

    private Component heading(EventHeader header) {
        var heading = new H1(header.title());
        heading.setId("event-title");
        var status = new Span(getTranslation("event.status." + header.status().name()));
        status.getElement().getThemeList().add("badge");
        status.setId("event-status");
        var box = new Div(heading, status);
        box.addClassName("event-header");
        return box;
    }

    private Tabs tabBar(EventHeader header, EventEditorTab selected) {
        bar = new Tabs();
        bar.setId("event-tabs");
        // Ten tabs overflow a 1024 px screen: the bar scrolls on its own instead of widening the page.
        bar.setWidthFull();
        Tab current = null;
        for (var tab : tabs) {
            var item = new Tab(getTranslation(tab.titleKey()));
            item.setId("tab-" + tab.id());
            bar.add(item);
            if (tab == selected) {
                current = item;
            }
        }
        bar.setSelectedTab(current);
        shown = current;
        bar.addSelectedChangeListener(change -> tabs.stream()
                .filter(t -> change.getSelectedTab() != shown)
                .filter(t -> ("tab-" + t.id()).equals(change.getSelectedTab().getId().orElse("")))
                .findFirst()
                .ifPresent(t -> getUI().ifPresent(ui ->
                        ui.navigate(EventEditorView.class, parameters(header.id(), t.id())))));
        return bar;
    }

    private Component content(EventHeader header, EventEditorTab selected) {
        var content = new Div(selected.create(header));
        content.setId("tab-content-" + selected.id());
        content.setWidthFull();
        return content;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
