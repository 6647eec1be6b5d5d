package fr.journees.chantier.ui;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;

import fr.journees.chantier.BoardBroadcaster;
import fr.journees.chantier.BoardCard;
import fr.journees.chantier.ChantierService;
import fr.journees.chantier.Feasibility;

/**
 * The restitution board of one event, for the projector: each group's key chantier as a card,
 * grouped by workshop, filtered by colour, and redrawn through server push whenever a sheet of the
 * event is saved. Everything typed by people lands as text, never as markup.
 */
class BoardPanel extends VerticalLayout {

    private final long eventId;
    private final ChantierService service;
    private final BoardBroadcaster broadcaster;
    private final CheckboxGroup<Feasibility> filter = new CheckboxGroup<>();
    private final Div columns = new Div();
    private Runnable unregister;

    BoardPanel(long eventId, String eventTitle, ChantierService service, BoardBroadcaster broadcaster) {
        this.eventId = eventId;
        this.service = service;
        this.broadcaster = broadcaster;
        setId("restitution-board");
        setSizeFull();
        getStyle().set("background", "#fafafa").set("font-size", "1.25rem");
        var title = new H1(getTranslation("chantier.board.title", eventTitle));
        title.setId("board-title");
        filter.setId("board-filter");
        filter.setLabel(getTranslation("chantier.board.filter"));
        filter.setItems(Feasibility.values());
        filter.setRenderer(new ComponentRenderer<>(FeasibilityBadge::new));
        filter.setValue(EnumSet.allOf(Feasibility.class));
        filter.addValueChangeListener(e -> refresh());
        columns.setId("board-workshops");
        columns.setWidthFull();
        columns.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "1.5rem");
        add(title, filter, columns);
        refresh();
    }

    void refresh() {
        Set<Feasibility> shown = filter.getValue();
        var cards = service.board(eventId);
        columns.removeAll();
        if (cards.isEmpty()) {
            var empty = new Paragraph(getTranslation("chantier.board.empty"));
            empty.setId("board-empty");
            columns.add(empty);
            return;
        }
        var byWorkshop = new LinkedHashMap<Long, List<BoardCard>>();
        cards.forEach(c -> byWorkshop.computeIfAbsent(c.workshopId(), id -> new java.util.ArrayList<>()).add(c));
        byWorkshop.forEach((workshopId, list) -> {
            var section = new Section();
            section.setId("board-workshop-" + workshopId);
            section.getStyle().set("flex", "1 1 22rem").set("min-width", "18rem");
            section.add(new H2(list.get(0).workshopTitle()));
            list.stream().filter(c -> shown.contains(c.feasibility())).forEach(c -> section.add(card(c)));
            columns.add(section);
        });
    }

    private Div card(BoardCard c) {
        var card = new Div();
        card.setId("board-card-" + c.sheetId());
        card.addClassName("board-card");
        card.getStyle().set("background", "white").set("border-radius", "12px").set("padding", "1rem")
                .set("margin-bottom", "1rem").set("box-shadow", "0 2px 6px rgba(0,0,0,.15)")
                .set("border-inline-start", "14px solid " + (c.feasibility() == Feasibility.UNKNOWN
                        ? "#bdbdbd" : c.feasibility().hex()))
                .set("overflow-wrap", "anywhere");
        var group = new Div();
        group.setText(c.groupName());
        group.getStyle().set("color", "var(--lumo-secondary-text-color)");
        var title = new H3();
        title.setText(c.keyTitle() == null ? getTranslation("chantier.sheet.untitled") : c.keyTitle());
        var objectives = new Paragraph();
        objectives.setText(c.objectives() == null ? "" : c.objectives());
        objectives.getStyle().set("white-space", "pre-wrap");
        card.add(group, title, objectives, new FeasibilityBadge(c.feasibility()));
        return card;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        var ui = attachEvent.getUI();
        unregister = broadcaster.register(eventId, sheetId -> ui.access(this::refresh));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (unregister != null) {
            unregister.run();
            unregister = null;
        }
    }
}
