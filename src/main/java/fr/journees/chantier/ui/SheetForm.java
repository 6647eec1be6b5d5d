package fr.journees.chantier.ui;

import java.util.List;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;

import fr.journees.chantier.Feasibility;
import fr.journees.chantier.SheetContent;

/**
 * The booklet's fiche chantier grid as large, tablet-friendly fields. Every change, once the person
 * pauses typing or leaves a field, is handed to {@code onTyped} so that it can be kept as a draft.
 */
public class SheetForm extends FormLayout {

    private static final int TYPING_PAUSE_MILLIS = 1200;

    final TextField groupName = text("group", "chantier.field.group");
    final TextArea enjeu = area("enjeu", "chantier.field.enjeu");
    final TextField keyTitle = text("key-title", "chantier.field.keyTitle");
    final TextArea objectives = area("objectives", "chantier.field.objectives");
    final TextArea actions = area("actions", "chantier.field.actions");
    final TextArea governanceLead = area("governance-lead", "chantier.field.governanceLead");
    final TextArea governanceDoers = area("governance-doers", "chantier.field.governanceDoers");
    final TextArea governanceAssociated = area("governance-associated", "chantier.field.governanceAssociated");
    final TextArea resources = area("resources", "chantier.field.resources");
    final TextArea obstacles = area("obstacles", "chantier.field.obstacles");
    final RadioButtonGroup<Feasibility> feasibility = new RadioButtonGroup<>();
    final Checkbox keyChantier = new Checkbox();
    final TextField authors = text("authors", "chantier.field.authors");

    private Runnable onTyped = () -> { };

    public SheetForm() {
        setId("sheet-form");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("900px", 2));
        groupName.setRequired(true);
        groupName.setMaxLength(200);
        keyTitle.setMaxLength(500);
        authors.setMaxLength(1000);
        feasibility.setId("sheet-feasibility");
        feasibility.setLabel(getTranslation("chantier.field.feasibility"));
        feasibility.setHelperText(getTranslation("chantier.field.feasibility.help"));
        feasibility.setItems(Feasibility.values());
        feasibility.setRenderer(new ComponentRenderer<>(this::feasibilityOption));
        feasibility.setValue(Feasibility.UNKNOWN);
        keyChantier.setId("sheet-key-chantier");
        keyChantier.setLabel(getTranslation("chantier.field.keyChantier"));
        keyChantier.setHelperText(getTranslation("chantier.field.keyChantier.help"));
        var governance = new H3(getTranslation("chantier.field.governance"));
        add(groupName, authors, enjeu, keyTitle, objectives, actions);
        add(governance, 2);
        add(governanceLead, governanceDoers, governanceAssociated, resources, obstacles);
        add(feasibility, 2);
        add(keyChantier, 2);
        for (var field : List.<HasValue<?, ?>>of(feasibility, keyChantier)) {
            field.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    onTyped.run();
                }
            });
        }
    }

    /** Called when the person paused typing, left a field or changed a choice. */
    public void onTyped(Runnable listener) {
        this.onTyped = listener;
    }

    public SheetContent read() {
        return new SheetContent(groupName.getValue(), enjeu.getValue(), keyTitle.getValue(), objectives.getValue(),
                actions.getValue(), governanceLead.getValue(), governanceDoers.getValue(),
                governanceAssociated.getValue(), resources.getValue(), obstacles.getValue(), feasibility.getValue(),
                keyChantier.getValue(), authors.getValue());
    }

    public void write(SheetContent c) {
        groupName.setValue(nn(c.groupName()));
        enjeu.setValue(nn(c.enjeu()));
        keyTitle.setValue(nn(c.keyTitle()));
        objectives.setValue(nn(c.objectives()));
        actions.setValue(nn(c.actions()));
        governanceLead.setValue(nn(c.governanceLead()));
        governanceDoers.setValue(nn(c.governanceDoers()));
        governanceAssociated.setValue(nn(c.governanceAssociated()));
        resources.setValue(nn(c.resources()));
        obstacles.setValue(nn(c.obstacles()));
        feasibility.setValue(c.feasibility());
        keyChantier.setValue(c.keyChantier());
        authors.setValue(nn(c.authors()));
    }

    /** A sheet needs its group and texts the database can hold; shows the error on the field otherwise. */
    public boolean valid() {
        boolean ok = !groupName.getValue().isBlank();
        groupName.setInvalid(!ok);
        groupName.setErrorMessage(ok ? null : getTranslation("chantier.error.groupRequired"));
        for (var area : List.of(enjeu, objectives, actions, governanceLead, governanceDoers, governanceAssociated,
                resources, obstacles)) {
            int length = area.getValue().strip().length();
            boolean fits = length <= SheetContent.MAX_TEXT;
            area.setInvalid(!fits);
            area.setErrorMessage(fits ? null : getTranslation("chantier.error.tooLong", SheetContent.MAX_TEXT, length));
            ok &= fits;
        }
        return ok;
    }

    public void setReadOnly(boolean readOnly) {
        for (var field : List.<HasValue<?, ?>>of(groupName, enjeu, keyTitle, objectives, actions, governanceLead,
                governanceDoers, governanceAssociated, resources, obstacles, feasibility, keyChantier, authors)) {
            field.setReadOnly(readOnly);
        }
    }

    private Div feasibilityOption(Feasibility value) {
        var help = new Span(getTranslation(value.helpKey()));
        help.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)");
        var option = new Div(new FeasibilityBadge(value), help);
        option.getStyle().set("padding", "0.5em 0");
        return option;
    }

    private TextField text(String id, String key) {
        var field = new TextField(getTranslation(key));
        configure(field, id);
        return field;
    }

    private TextArea area(String id, String key) {
        var field = new TextArea(getTranslation(key));
        field.setMinRows(3);
        configure(field, id);
        return field;
    }

    private <F extends TextFieldBase<F, String>> void configure(F field, String id) {
        field.setId("sheet-" + id);
        field.setWidthFull();
        field.getStyle().set("font-size", "var(--lumo-font-size-l)");
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(TYPING_PAUSE_MILLIS);
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onTyped.run();
            }
        });
        field.addBlurListener(e -> onTyped.run());
    }

    private static String nn(String text) {
        return text == null ? "" : text;
    }
}
