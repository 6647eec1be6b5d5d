package fr.journees.workshop.ui;

import java.util.HashMap;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.provider.DataProvider;

import fr.journees.workshop.Direction;
import fr.journees.workshop.InitiativeView;
import fr.journees.workshop.WorkshopView;

/** A workshop's recueil d'initiatives inspirantes: picked from the library, ordered, removed. */
class RecueilEditor extends Div {

    private final Map<Long, Button[]> moveButtons = new HashMap<>();

    RecueilEditor(WorkshopsEditor editor, WorkshopView workshop, boolean editable,
                  DataProvider<InitiativeView, String> initiativeOptions) {
        setId("recueil-" + workshop.id());
        var initiatives = workshop.initiatives();
        if (initiatives.isEmpty()) {
            add(new Paragraph(getTranslation("recueil.empty")));
        }
        var list = new OrderedList();
        for (int i = 0; i < initiatives.size(); i++) {
            var initiative = initiatives.get(i);
            var item = new ListItem(new Span(label(initiative)));
            item.setId("recueil-" + workshop.id() + "-" + initiative.id());
            if (editable) {
                item.add(entryActions(editor, workshop, initiative, i, initiatives.size()));
            }
            list.add(item);
        }
        add(list);
        if (editable) {
            add(picker(editor, workshop, initiativeOptions));
        }
    }

    private static String label(InitiativeView initiative) {
        return initiative.porteur() == null ? initiative.title() : initiative.title() + " — " + initiative.porteur();
    }

    private HorizontalLayout entryActions(WorkshopsEditor editor, WorkshopView workshop, InitiativeView initiative,
                                          int index, int count) {
        var suffix = workshop.id() + "-" + initiative.id();
        var up = iconButton(VaadinIcon.ARROW_UP, "recueil-up-" + suffix,
                getTranslation("recueil.action.up", initiative.title()));
        up.setEnabled(index > 0);
        up.addClickListener(e -> editor.moveInRecueil(workshop, initiative, Direction.UP));
        var down = iconButton(VaadinIcon.ARROW_DOWN, "recueil-down-" + suffix,
                getTranslation("recueil.action.down", initiative.title()));
        down.setEnabled(index < count - 1);
        down.addClickListener(e -> editor.moveInRecueil(workshop, initiative, Direction.DOWN));
        var remove = iconButton(VaadinIcon.CLOSE_SMALL, "recueil-remove-" + suffix,
                getTranslation("recueil.action.remove", initiative.title()));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.addClickListener(e -> editor.removeFromRecueil(workshop, initiative));
        moveButtons.put(initiative.id(), new Button[] {up, down});
        var actions = new HorizontalLayout(up, down, remove);
        actions.setSpacing(false);
        actions.getStyle().set("display", "inline-flex").set("margin-left", "var(--lumo-space-s)");
        return actions;
    }

    private static Button iconButton(VaadinIcon icon, String id, String label) {
        var button = new Button(icon.create());
        button.setId(id);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        button.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return button;
    }

    private HorizontalLayout picker(WorkshopsEditor editor, WorkshopView workshop,
                                    DataProvider<InitiativeView, String> initiativeOptions) {
        var pick = new ComboBox<InitiativeView>(getTranslation("recueil.pick"));
        pick.setId("recueil-pick-" + workshop.id());
        pick.setItems(initiativeOptions);
        pick.setItemLabelGenerator(RecueilEditor::label);
        pick.setPlaceholder(getTranslation("recueil.pick.placeholder"));
        pick.setClearButtonVisible(true);
        pick.setWidth("28rem");
        var add = new Button(getTranslation("recueil.action.add"), VaadinIcon.PLUS.create(), e -> {
            if (pick.getValue() == null) {
                pick.setErrorMessage(getTranslation("recueil.pick.required"));
                pick.setInvalid(true);
                return;
            }
            editor.addToRecueil(workshop, pick.getValue());
        });
        add.setId("recueil-add-" + workshop.id());
        var row = new HorizontalLayout(pick, add);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    void focusMove(long initiativeId, Direction direction) {
        var buttons = moveButtons.get(initiativeId);
        if (buttons == null) {
            return;
        }
        var same = buttons[direction == Direction.UP ? 0 : 1];
        (same.isEnabled() ? same : buttons[direction == Direction.UP ? 1 : 0]).focus();
    }
}
