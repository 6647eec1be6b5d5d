package fr.journees.chantier.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import fr.journees.chantier.SheetConflict;
import fr.journees.chantier.SheetContent;
import fr.journees.chantier.SheetMerge;

/**
 * Someone saved the sheet first: both versions side by side, field by field (differences marked),
 * and three ways out — merge, keep mine, take theirs. Nothing typed is thrown away silently.
 */
class ConflictDialog extends Dialog {

    interface Choices {
        void keepMine();

        void takeTheirs();

        void merge(SheetContent merged);
    }

    ConflictDialog(SheetConflict conflict, SheetContent base, Choices choices) {
        setId("conflict-dialog");
        setHeaderTitle(getTranslation("chantier.conflict.title"));
        setWidth("min(1100px, 100vw)");
        setCloseOnOutsideClick(false);
        var theirs = conflict.theirs().content();
        var mine = conflict.mine();
        add(new Paragraph(getTranslation("chantier.conflict.explanation",
                Objects.requireNonNullElse(conflict.theirs().lastEditor(), "—"), conflict.theirs().version())));
        var table = new Div();
        table.getStyle().set("display", "grid").set("grid-template-columns", "minmax(8em, 1fr) 2fr 2fr")
                .set("gap", "0.5em 1em");
        table.add(header("chantier.field.label"), header("chantier.conflict.mine"), header("chantier.conflict.theirs"));
        fields().forEach((id, value) -> {
            var label = new Span(getTranslation("chantier.field." + id));
            label.getStyle().set("font-weight", "600");
            var m = cell("conflict-mine-" + id, value.apply(mine));
            var t = cell("conflict-theirs-" + id, value.apply(theirs));
            if (!Objects.equals(value.apply(mine), value.apply(theirs))) {
                m.getStyle().set("background", "var(--lumo-primary-color-10pct)");
                t.getStyle().set("background", "var(--lumo-warning-color-10pct, #fff3e0)");
                label.setText(label.getText() + " ≠");
            }
            table.add(label, m, t);
        });
        add(table);
        var merge = new Button(getTranslation("chantier.conflict.merge"), e -> {
            close();
            choices.merge(SheetMerge.merge(base, mine, theirs));
        });
        merge.setId("conflict-merge");
        merge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var keepMine = new Button(getTranslation("chantier.conflict.keepMine"), e -> {
            close();
            choices.keepMine();
        });
        keepMine.setId("conflict-keep-mine");
        var takeTheirs = new Button(getTranslation("chantier.conflict.takeTheirs"), e -> {
            close();
            choices.takeTheirs();
        });
        takeTheirs.setId("conflict-take-theirs");
        getFooter().add(takeTheirs, keepMine, merge);
    }

    private Span header(String key) {
        var span = new Span(getTranslation(key));
        span.getStyle().set("font-weight", "700");
        return span;
    }

    private Div cell(String id, String text) {
        var div = new Div();
        div.setId(id);
        div.setText(text == null ? "" : text);
        div.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere").set("padding", "0.25em");
        return div;
    }

    private Map<String, Function<SheetContent, String>> fields() {
        var fields = new LinkedHashMap<String, Function<SheetContent, String>>();
        fields.put("group", SheetContent::groupName);
        fields.put("enjeu", SheetContent::enjeu);
        fields.put("keyTitle", SheetContent::keyTitle);
        fields.put("objectives", SheetContent::objectives);
        fields.put("actions", SheetContent::actions);
        fields.put("governanceLead", SheetContent::governanceLead);
        fields.put("governanceDoers", SheetContent::governanceDoers);
        fields.put("governanceAssociated", SheetContent::governanceAssociated);
        fields.put("resources", SheetContent::resources);
        fields.put("obstacles", SheetContent::obstacles);
        fields.put("feasibility", c -> getTranslation(c.feasibility().labelKey()));
        fields.put("keyChantier", c -> getTranslation(c.keyChantier() ? "chantier.yes" : "chantier.no"));
        fields.put("authors", SheetContent::authors);
        return fields;
    }
}
