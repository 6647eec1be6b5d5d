package fr.journees.itinerary.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import fr.journees.base.ui.Confirm;
import fr.journees.base.ui.FormDialog;
import fr.journees.itinerary.ItineraryView;
import fr.journees.itinerary.StopView;
import fr.journees.itinerary.planning.ItinerarySchedule;
import fr.journees.itinerary.planning.TimedStop;

/** The stops of one itinerary with their computed times; reordered by drag and drop or by keyboard. */
class StopsGrid extends Grid<StopsGrid.Row> {

    record Row(StopView stop, TimedStop time) {
    }

    private final EditorContext context;
    private final ItineraryView itinerary;
    private Row dragged;

    StopsGrid(EditorContext context, ItineraryView itinerary, ItinerarySchedule schedule) {
        this.context = context;
        this.itinerary = itinerary;
        setId("stops-grid-" + itinerary.id());
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        addColumn(r -> r.stop().position() + 1).setHeader("#").setWidth("3.5em").setFlexGrow(0);
        addColumn(r -> r.time().arrival() + " – " + r.time().departure())
                .setHeader(getTranslation("stop.times")).setAutoWidth(true).setFlexGrow(0);
        addColumn(r -> r.stop().placeName()).setHeader(getTranslation("stop.place")).setFlexGrow(2);
        addColumn(r -> r.stop().theme() == null ? "" : r.stop().theme()).setHeader(getTranslation("stop.theme"))
                .setFlexGrow(3);
        addColumn(r -> String.join(", ", r.stop().speakerNames())).setHeader(getTranslation("stop.speakers"))
                .setFlexGrow(2);
        addColumn(r -> getTranslation("stop.durations", r.stop().durationMinutes(),
                r.stop().walkMinutesBefore() == null ? context.event().defaultWalkMinutes()
                        : r.stop().walkMinutesBefore()))
                .setHeader(getTranslation("stop.durationAndWalk")).setAutoWidth(true).setFlexGrow(0);
        var rows = new ArrayList<Row>();
        for (int i = 0; i < itinerary.stops().size(); i++) {
            rows.add(new Row(itinerary.stops().get(i), schedule.stops().get(i)));
        }
        setItems(rows);
        if (context.event().editable()) {
            addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("stop.actions")).setAutoWidth(true)
                    .setFlexGrow(0);
            enableDragAndDrop(rows);
        }
    }

    private void enableDragAndDrop(List<Row> rows) {
        setRowsDraggable(true);
        setDropMode(GridDropMode.BETWEEN);
        addDragStartListener(e -> dragged = e.getDraggedItems().get(0));
        addDragEndListener(e -> dragged = null);
        addDropListener(e -> {
            if (dragged == null || e.getDropTargetItem().isEmpty()) {
                return;
            }
            var target = e.getDropTargetItem().get();
            int index = rows.indexOf(target) + (e.getDropLocation() == GridDropLocation.BELOW ? 1 : 0);
            if (rows.indexOf(dragged) < index) {
                index--;
            }
            move(dragged.stop(), index);
        });
    }

    private HorizontalLayout actions(Row row) {
        var stop = row.stop();
        var up = iconButton(VaadinIcon.ARROW_UP, "stop.moveUp", stop, () -> move(stop, stop.position() - 1));
        up.setEnabled(stop.position() > 0);
        up.setId("stop-up-" + stop.id());
        var down = iconButton(VaadinIcon.ARROW_DOWN, "stop.moveDown", stop, () -> move(stop, stop.position() + 1));
        down.setEnabled(stop.position() < itinerary.stops().size() - 1);
        down.setId("stop-down-" + stop.id());
        var edit = iconButton(VaadinIcon.EDIT, "action.edit", stop, () -> edit(stop));
        edit.setId("stop-edit-" + stop.id());
        var remove = iconButton(VaadinIcon.TRASH, "action.delete", stop, () -> confirmRemoval(stop));
        remove.setId("stop-remove-" + stop.id());
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var actions = new HorizontalLayout(up, down, edit, remove);
        actions.setSpacing(false);
        return actions;
    }

    private Button iconButton(VaadinIcon icon, String labelKey, StopView stop, Runnable action) {
        var button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(getTranslation(labelKey) + " — " + stop.placeName());
        button.setTooltipText(getTranslation(labelKey));
        return button;
    }

    private void move(StopView stop, int index) {
        context.attempt(() -> context.itineraries().moveStop(itinerary.id(), itinerary.version(), stop.id(), index));
    }

    private void edit(StopView stop) {
        var stops = itinerary.stops();
        int at = stops.indexOf(stop);
        var form = context.stopForm(at > 0 ? stops.get(at - 1).placeId() : null);
        form.edit(stop);
        new FormDialog(getTranslation("stop.edit", stop.placeName()), form, () -> form.draft()
                .map(draft -> context.attempt(() -> context.itineraries().updateStop(itinerary.id(),
                        itinerary.version(), stop.id(), draft)))
                .orElse(false)).open();
    }

    private void confirmRemoval(StopView stop) {
        Confirm.deletion(getTranslation("stop.remove.title"),
                getTranslation("stop.remove.text", stop.placeName(), itinerary.name()),
                () -> context.attempt(() -> context.itineraries().removeStop(itinerary.id(), itinerary.version(),
                        stop.id())));
    }
}
