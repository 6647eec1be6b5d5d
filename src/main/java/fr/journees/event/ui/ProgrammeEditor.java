package fr.journees.event.ui;

import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import fr.journees.base.ui.Confirm;
import fr.journees.base.ui.FormDialog;
import fr.journees.event.EventContentService;
import fr.journees.event.EventHeader;
import fr.journees.event.EventService;
import fr.journees.event.ProgrammeOverlaps;
import fr.journees.event.ProgrammeSlot;

/** The programme in time order; overlaps flagged unless both slots run in parallel groups. */
class ProgrammeEditor extends VerticalLayout {

    private final EventHeader event;
    private final EventService events;
    private final EventContentService content;
    private final DirectoryChoices choices;
    private final Grid<ProgrammeSlot> grid = new Grid<>();
    private List<ProgrammeSlot> slots = List.of();
    private Set<Long> overlapping = Set.of();

    ProgrammeEditor(EventHeader event, EventService events, EventContentService content, DirectoryChoices choices) {
        this.event = event;
        this.events = events;
        this.content = content;
        this.choices = choices;
        setId("programme");
        setPadding(false);
        if (event.editable()) {
            var add = new Button(getTranslation("programme.add"), e -> edit(null));
            add.setId("add-slot");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(add);
        }
        add(new Paragraph(getTranslation("programme.help")));
        grid.setId("programme-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(s -> s.end() == null ? s.start().toString() : s.start() + " – " + s.end())
                .setHeader(getTranslation("programme.time")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::kindBadge).setKey("kind").setHeader(getTranslation("programme.kind")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ProgrammeSlot::title).setHeader(getTranslation("programme.slotTitle")).setFlexGrow(2);
        grid.addColumn(s -> s.location() == null ? "" : s.location()).setHeader(getTranslation("programme.place"))
                .setFlexGrow(1);
        grid.addColumn(s -> s.description() == null ? "" : s.description())
                .setHeader(getTranslation("programme.description")).setFlexGrow(3);
        if (event.editable()) {
            grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        }
        add(grid);
        refresh();
    }

    private void refresh() {
        slots = events.programme(event.id());
        overlapping = ProgrammeOverlaps.flagged(slots);
        grid.setItems(slots);
    }

    private Div kindBadge(ProgrammeSlot slot) {
        var kind = new Span(getTranslation("programme.kind." + slot.kind().name()));
        kind.getElement().getThemeList().add("badge contrast");
        var cell = new Div(kind);
        if (overlapping.contains(slot.id())) {
            var warning = new Span(getTranslation("programme.overlap"));
            warning.getElement().getThemeList().add("badge error");
            warning.setId("overlap-" + slot.id());
            cell.add(warning);
        }
        return cell;
    }

    private HorizontalLayout actions(ProgrammeSlot slot) {
        var edit = new Button(VaadinIcon.EDIT.create(), e -> edit(slot));
        edit.setId("slot-edit-" + slot.id());
        edit.setAriaLabel(getTranslation("action.edit") + " — " + slot.title());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        var delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(slot));
        delete.setId("slot-delete-" + slot.id());
        delete.setAriaLabel(getTranslation("action.delete") + " — " + slot.title());
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(edit, delete);
    }

    private void edit(ProgrammeSlot slot) {
        var form = new ProgrammeSlotForm(choices);
        var suggested = slots.isEmpty() ? event.start()
                : slots.get(slots.size() - 1).end() == null ? slots.get(slots.size() - 1).start()
                : slots.get(slots.size() - 1).end();
        form.edit(slot, suggested);
        var title = slot == null ? getTranslation("programme.add") : getTranslation("programme.edit", slot.title());
        new FormDialog(title, form, () -> form.draft().map(draft -> attempt(() -> {
            if (slot == null) {
                content.addProgrammeItems(event.id(), List.of(draft));
            } else {
                content.updateProgrammeItem(slot.id(), slot.version(), draft);
            }
        })).orElse(false)).open();
    }

    private void confirmDelete(ProgrammeSlot slot) {
        Confirm.deletion(getTranslation("programme.delete.title"), getTranslation("programme.delete.text", slot.title()),
                () -> attempt(() -> content.deleteProgrammeItem(slot.id(), slot.version())));
    }

    private boolean attempt(Runnable change) {
        return EventChanges.attempt(change, this::refresh);
    }
}
