package fr.journees.checkin.ui;

import java.util.List;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.shared.Registration;

import fr.journees.base.ui.Confirm;
import fr.journees.base.ui.Notifications;
import fr.journees.event.EventHeader;
import fr.journees.registration.AttendanceService;
import fr.journees.registration.AttendanceStamp;
import fr.journees.registration.AttendanceSummary;

/**
 * Live attendance for the organiser: present / expected for the day, per itinerary and workshop,
 * no-shows, arrivals by quarter hour; it polls the same database stamp as the doors. Below, the
 * after-the-day actions (mark no-shows, undo, reopen) and the volunteers' link.
 */
@StyleSheet("context://css/checkin.css")
class AttendancePanel extends VerticalLayout {

    private final EventHeader event;
    private final AttendanceService attendance;
    private final String by;
    private final Div live = new Div();
    private final Div actions = new Div();
    private AttendanceStamp stamp;
    private Registration polling;

    AttendancePanel(EventHeader event, AttendanceService attendance, String by, VolunteerLinkSection link) {
        this.event = event;
        this.attendance = attendance;
        this.by = by;
        setId("attendance");
        setPadding(false);
        var door = new RouterLink(getTranslation("checkin.panel.openDoor"), DoorView.class,
                new RouteParameters("eventId", String.valueOf(event.id())));
        door.setId("attendance-open-door");
        door.addClassName("attendance-open-door");
        live.setId("attendance-live");
        live.addClassName("attendance-live");
        actions.setId("attendance-actions");
        actions.addClassName("attendance-actions");
        add(door, live, actions, link);
        refresh();
    }

    void refresh() {
        stamp = attendance.stamp(event.id());
        var s = attendance.summary(event.id());
        live.removeAll();
        var big = new Div(new Span(String.valueOf(s.present())), new Span(" / " + s.expected() + " "
                + getTranslation("checkin.panel.expected")));
        big.setId("attendance-total");
        big.addClassName("attendance-total");
        live.add(new H3(getTranslation("checkin.panel.present")), big);
        if (s.noShows() > 0) {
            var noShows = new Div(getTranslation("checkin.panel.noShows", s.noShows()));
            noShows.setId("attendance-no-shows");
            live.add(noShows);
        }
        groups("itineraries", s.itineraries());
        groups("workshops", s.workshops());
        arrivals(s.arrivals());
        actions(s);
    }

    private void groups(String kind, List<AttendanceSummary.Group> groups) {
        if (groups.isEmpty()) {
            return;
        }
        var box = new Div(new H3(getTranslation("checkin.panel." + kind)));
        box.setId("attendance-" + kind);
        for (var g : groups) {
            var bar = new Div();
            bar.addClassName("attendance-bar-fill");
            bar.getStyle().set("width", (g.expected() == 0 ? 0 : 100 * g.present() / g.expected()) + "%");
            if (g.colour() != null) {
                bar.getStyle().set("background", g.colour());
            }
            var track = new Div(bar);
            track.addClassName("attendance-bar");
            var label = new Div(getTranslation("checkin.panel.group", g.label(), g.present(), g.expected()));
            var row = new Div(label, track);
            row.setId("attendance-" + kind + "-" + g.id());
            row.addClassName("attendance-group");
            box.add(row);
        }
        live.add(box);
    }

    private void arrivals(List<AttendanceSummary.Slot> slots) {
        var box = new Div(new H3(getTranslation("checkin.panel.arrivals")));
        box.setId("attendance-arrivals");
        if (slots.isEmpty()) {
            box.add(new Div(getTranslation("checkin.panel.noArrival")));
        }
        int max = slots.stream().mapToInt(AttendanceSummary.Slot::arrivals).max().orElse(1);
        for (var slot : slots) {
            var bar = new Div();
            bar.addClassName("attendance-bar-fill");
            bar.getStyle().set("width", (100 * slot.arrivals() / max) + "%");
            var track = new Div(bar);
            track.addClassName("attendance-bar");
            var row = new Div(new Div(getTranslation("checkin.panel.slot", slot.from(), slot.arrivals())), track);
            row.addClassName("attendance-group");
            box.add(row);
        }
        live.add(box);
    }

    private void actions(AttendanceSummary s) {
        actions.removeAll();
        if (s.closed()) {
            var undo = new Button(getTranslation("checkin.panel.undoNoShows"), e -> {
                Notifications.success(getTranslation("checkin.panel.undone", attendance.undoNoShows(event.id())));
                refresh();
            });
            undo.setId("attendance-undo-no-shows");
            var reopen = new Button(getTranslation("checkin.panel.reopen"), e -> {
                attendance.reopen(event.id());
                Notifications.success(getTranslation("checkin.panel.reopened"));
                refresh();
            });
            reopen.setId("attendance-reopen");
            actions.add(new Div(getTranslation("checkin.panel.isClosed")), undo, reopen);
            return;
        }
        var close = new Button(getTranslation("checkin.panel.close"), e -> Confirm.action("attendance-close-dialog",
                getTranslation("checkin.panel.close"), getTranslation("checkin.panel.closeText", s.expected() - s.present()),
                getTranslation("checkin.panel.closeConfirm"), () -> {
                    Notifications.success(getTranslation("checkin.panel.closed", attendance.markNoShows(event.id(), by)));
                    refresh();
                }));
        close.setId("attendance-close");
        close.addThemeVariants(ButtonVariant.LUMO_ERROR);
        actions.add(close);
    }

    @Override
    protected void onAttach(AttachEvent e) {
        e.getUI().setPollInterval(DoorScreen.POLL_MILLIS);
        polling = e.getUI().addPollListener(p -> {
            if (!attendance.stamp(event.id()).equals(stamp)) {
                refresh();
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent e) {
        e.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }
}
