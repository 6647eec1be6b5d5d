package fr.journees.workshop.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.provider.DataProvider;

import fr.journees.security.AccountOption;
import fr.journees.workshop.Direction;
import fr.journees.workshop.InitiativeView;
import fr.journees.workshop.WorkshopView;

/** One workshop in the tab: its summary, its texts and, when editable, its actions and its recueil. */
class WorkshopCard extends Details {

    private final Button up = new Button(VaadinIcon.ARROW_UP.create());
    private final Button down = new Button(VaadinIcon.ARROW_DOWN.create());
    private final RecueilEditor recueil;

    WorkshopCard(WorkshopsEditor editor, WorkshopView workshop, int index, int count, boolean editable,
                 boolean opened, DataProvider<InitiativeView, String> initiativeOptions) {
        setId("workshop-" + workshop.id());
        setSummaryText(getTranslation("workshop.heading", index + 1, workshop.title(),
                workshop.initiatives().size()));
        setWidthFull();
        var content = new Div();
        content.add(new Paragraph(getTranslation("workshop.meta",
                workshop.room() == null ? "—" : workshop.room(),
                workshop.capacity() == null ? getTranslation("workshop.capacity.unlimited")
                        : getTranslation("workshop.capacity.places", workshop.capacity()),
                workshop.facilitators().isEmpty() ? "—" : workshop.facilitators().stream()
                        .map(AccountOption::displayName).collect(Collectors.joining(", ")))));
        text(content, "workshop.guidingQuestions", workshop.guidingQuestions());
        text(content, "workshop.objectives", workshop.objectives());
        if (editable) {
            content.add(actions(editor, workshop, index, count));
        }
        content.add(new H4(getTranslation("recueil.title")));
        recueil = new RecueilEditor(editor, workshop, editable, initiativeOptions);
        content.add(recueil);
        add(content);
        setOpened(opened);
        addOpenedChangeListener(e -> editor.toggled(workshop.id(), e.isOpened()));
    }

    private void text(Div content, String labelKey, String value) {
        if (value != null) {
            var paragraph = new Paragraph(getTranslation(labelKey) + " : " + value);
            paragraph.getStyle().set("white-space", "pre-line");
            content.add(paragraph);
        }
    }

    private HorizontalLayout actions(WorkshopsEditor editor, WorkshopView workshop, int index, int count) {
        var edit = new Button(getTranslation("workshop.action.edit"), VaadinIcon.EDIT.create(),
                e -> editor.edit(workshop));
        edit.setId("workshop-edit-" + workshop.id());
        up.setId("workshop-up-" + workshop.id());
        up.setAriaLabel(getTranslation("workshop.action.up", workshop.title()));
        up.setTooltipText(getTranslation("workshop.action.up", workshop.title()));
        up.setEnabled(index > 0);
        up.addClickListener(e -> editor.move(workshop, Direction.UP));
        down.setId("workshop-down-" + workshop.id());
        down.setAriaLabel(getTranslation("workshop.action.down", workshop.title()));
        down.setTooltipText(getTranslation("workshop.action.down", workshop.title()));
        down.setEnabled(index < count - 1);
        down.addClickListener(e -> editor.move(workshop, Direction.DOWN));
        var delete = new Button(getTranslation("workshop.action.delete"), VaadinIcon.TRASH.create(),
                e -> editor.confirmDelete(workshop));
        delete.setId("workshop-delete-" + workshop.id());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        for (var button : new Button[] {up, down}) {
            button.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY);
        }
        return new HorizontalLayout(edit, up, down, delete);
    }

    /** Keeps the keyboard where it was after the move: on the same button, or its twin at an end. */
    void focusMove(Direction direction) {
        var same = direction == Direction.UP ? up : down;
        (same.isEnabled() ? same : direction == Direction.UP ? down : up).focus();
    }

    RecueilEditor recueil() {
        return recueil;
    }
}
