package fr.journees.chantier.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.IntConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;

import fr.journees.chantier.Revision;

/** A sheet's saved versions, the latest first; an old one can be restored (as a new save). */
class HistoryDialog extends Dialog {

    HistoryDialog(List<Revision> revisions, int currentVersion, IntConsumer restore) {
        setId("history-dialog");
        setHeaderTitle(getTranslation("chantier.history"));
        setWidth("min(900px, 100vw)");
        var times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());
        var grid = new Grid<Revision>();
        grid.setId("history-grid");
        grid.addColumn(Revision::version).setHeader(getTranslation("chantier.history.version")).setAutoWidth(true);
        grid.addColumn(r -> r.savedAt() == null ? "" : times.format(r.savedAt()))
                .setHeader(getTranslation("chantier.history.when")).setAutoWidth(true);
        grid.addColumn(Revision::editor).setHeader(getTranslation("chantier.history.who")).setAutoWidth(true);
        grid.addColumn(r -> r.content().keyTitle()).setHeader(getTranslation("chantier.field.keyTitle"))
                .setFlexGrow(2);
        grid.addComponentColumn(r -> new FeasibilityBadge(r.content().feasibility()))
                .setHeader(getTranslation("chantier.field.feasibility")).setAutoWidth(true);
        grid.addComponentColumn(r -> {
            var button = new Button(getTranslation("chantier.history.restore"), e -> {
                close();
                restore.accept(r.version());
            });
            button.setId("restore-" + r.version());
            button.setEnabled(r.version() != currentVersion);
            return button;
        }).setAutoWidth(true);
        grid.setItems(revisions);
        add(grid);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()));
    }
}
