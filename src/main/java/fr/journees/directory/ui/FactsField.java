package fr.journees.directory.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The ordered "Le saviez-vous ?" texts of a place: add, edit, remove, move up and down, all with
 * buttons that Tab reaches. Its value leaves out the blank texts (a row just added and not yet typed in).
 */
class FactsField extends CustomField<List<String>> {

    private final List<String> texts = new ArrayList<>();
    private final VerticalLayout rows = new VerticalLayout();
    private final Button add = new Button();

    FactsField() {
        super(List.of());
        setId("place-facts");
        setLabel(getTranslation("place.facts"));
        setHelperText(getTranslation("place.facts.help"));
        rows.setPadding(false);
        rows.setSpacing(false);
        add.setText(getTranslation("place.fact.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId("place-fact-add");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.addClickListener(e -> addFact());
        var layout = new VerticalLayout(rows, add);
        layout.setPadding(false);
        add(layout);
    }

    @Override
    protected List<String> generateModelValue() {
        return texts.stream().map(String::strip).filter(text -> !text.isEmpty()).toList();
    }

    @Override
    protected void setPresentationValue(List<String> facts) {
        texts.clear();
        texts.addAll(facts == null ? List.of() : facts);
        render();
    }

    private void addFact() {
        texts.add("");
        render();
        focusText(texts.size() - 1);
    }

    private void move(int index, int by) {
        Collections.swap(texts, index, index + by);
        render();
        updateValue();
        var moved = index + by;
        var button = by < 0 ? "up" : "down";
        boolean stillPossible = by < 0 ? moved > 0 : moved < texts.size() - 1;
        if (stillPossible) {
            find("place-fact-" + moved + "-" + button).ifPresent(Button::focus);
        } else {
            focusText(moved);
        }
    }

    private void remove(int index) {
        texts.remove(index);
        render();
        updateValue();
        if (texts.isEmpty()) {
            add.focus();
        } else {
            focusText(Math.min(index, texts.size() - 1));
        }
    }

    private void render() {
        rows.removeAll();
        for (int i = 0; i < texts.size(); i++) {
            rows.add(row(i));
        }
    }

    private HorizontalLayout row(int index) {
        var number = index + 1;
        var text = new TextArea(getTranslation("place.fact", number));
        text.setId("place-fact-" + index);
        text.setValue(texts.get(index));
        text.setWidthFull();
        text.addValueChangeListener(e -> {
            texts.set(index, e.getValue());
            updateValue();
        });
        var up = icon(VaadinIcon.ARROW_UP, "place.fact.up", number, "place-fact-" + index + "-up");
        up.setEnabled(index > 0);
        up.addClickListener(e -> move(index, -1));
        var down = icon(VaadinIcon.ARROW_DOWN, "place.fact.down", number, "place-fact-" + index + "-down");
        down.setEnabled(index < texts.size() - 1);
        down.addClickListener(e -> move(index, 1));
        var remove = icon(VaadinIcon.TRASH, "place.fact.remove", number, "place-fact-" + index + "-remove");
        remove.addClickListener(e -> remove(index));
        var row = new HorizontalLayout(text, up, down, remove);
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.END);
        return row;
    }

    private Button icon(VaadinIcon icon, String labelKey, int number, String id) {
        var button = new Button(icon.create());
        button.setId(id);
        button.setAriaLabel(getTranslation(labelKey, number));
        button.setTooltipText(getTranslation(labelKey, number));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        return button;
    }

    private void focusText(int index) {
        rows.getComponentAt(index).getChildren().findFirst()
                .map(TextArea.class::cast).ifPresent(TextArea::focus);
    }

    private Optional<Button> find(String id) {
        return rows.getChildren().flatMap(row -> row.getChildren())
                .filter(c -> id.equals(c.getId().orElse(null))).map(Button.class::cast).findFirst();
    }
}
