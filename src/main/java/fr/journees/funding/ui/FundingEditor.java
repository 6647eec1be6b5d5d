package fr.journees.funding.ui;

import org.springframework.dao.OptimisticLockingFailureException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;

import fr.journees.base.ui.Choice;
import fr.journees.base.ui.Confirm;
import fr.journees.base.ui.Notifications;
import fr.journees.base.ui.UnsavedChanges;
import fr.journees.directory.DirectoryService;
import fr.journees.event.EventHeader;
import fr.journees.event.EventNotEditable;
import fr.journees.funding.Amounts;
import fr.journees.funding.FunderDraft;
import fr.journees.funding.FundingService;
import fr.journees.funding.FundingTable;
import fr.journees.funding.SelfFinancingDraft;

/**
 * The Financement tab: the funder lines with their computed rates, the self-financing line and the
 * total; lines are added and edited in a dialog, and a rate typed from an agreement that the amounts
 * contradict is pointed out. Read-only once the event is archived.
 */
class FundingEditor extends Section {

    private final EventHeader event;
    private final FundingService funding;
    private final FundingGrid grid;
    private final Div warnings = new Div();
    private final Dialog dialog = new Dialog();
    private final FunderForm form;
    private final SelfFinancingForm selfFinancing = new SelfFinancingForm(this::saveSelfFinancing);

    FundingEditor(EventHeader event, FundingService funding, DirectoryService directory) {
        this.event = event;
        this.funding = funding;
        setId("funding");
        addClassName("panel");
        add(new H2(getTranslation("funding.title")), new Paragraph(getTranslation("funding.help")));
        grid = new FundingGrid(getLocale(), event.editable() ? this::edit : line -> { });
        form = new FunderForm((filter, offset, limit) -> directory.findOrganisations(filter, offset, limit).stream()
                .map(o -> new Choice(o.id(), o.name())).toList(), directory::countOrganisations);
        form.addSaveListener(e -> save(e.draft()));
        form.addDeleteListener(e -> confirmDelete());
        var closeAsking = UnsavedChanges.guardForm(dialog, form);
        form.addCloseListener(e -> closeAsking.run());
        dialog.setId("funder-dialog");
        dialog.setWidth("44rem");
        dialog.add(form);
        warnings.setId("funding-warnings");
        warnings.getElement().setAttribute("role", "status");
        if (event.editable()) {
            var create = new Button(getTranslation("funding.add"), VaadinIcon.PLUS.create(), e -> openCreate());
            create.setId("funder-new");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(create);
        } else {
            var readOnly = new Paragraph(getTranslation("funding.readOnly"));
            readOnly.setId("funding-read-only");
            add(readOnly);
        }
        selfFinancing.setEditable(event.editable());
        add(grid, warnings, selfFinancing);
        refresh();
    }

    private void refresh() {
        var table = funding.table(event.id());
        grid.show(table);
        selfFinancing.show(table.selfFinancing() == null ? null : table.selfFinancing().line());
        warnings.removeAll();
        var locale = getLocale();
        for (var row : table.rows()) {
            if (row.typedRateDisagrees()) {
                var warning = new Paragraph(VaadinIcon.WARNING.create());
                warning.add(" " + getTranslation("funding.disagrees", name(row),
                        Amounts.percent(row.line().typedRate(), locale), Amounts.percent(row.rate(), locale)));
                warning.addClassName("funding-warning");
                warning.getStyle().set("color", "var(--lumo-warning-text-color, #8a5300)");
                warnings.add(warning);
            }
        }
    }

    private String name(FundingTable.Row row) {
        return row.line().selfFinancing() ? getTranslation("funding.self") : row.line().name();
    }

    private void openCreate() {
        dialog.setHeaderTitle(getTranslation("funding.add"));
        form.create();
        dialog.open();
    }

    private void edit(FundingTable.Row row) {
        if (row.line().selfFinancing()) {
            return;
        }
        dialog.setHeaderTitle(getTranslation("funding.edit", row.line().name()));
        form.edit(row.line());
        dialog.open();
    }

    private void save(FunderDraft draft) {
        var editing = form.editing();
        try {
            if (editing == null) {
                funding.add(event.id(), draft);
            } else {
                funding.update(editing.id(), editing.version(), draft);
            }
        } catch (OptimisticLockingFailureException stale) {
            form.showProblem(getTranslation("funding.conflict"));
            return;
        } catch (EventNotEditable archived) {
            form.showProblem(getTranslation("funding.archived"));
            return;
        }
        dialog.close();
        Notifications.success(getTranslation("funding.saved", draft.name().strip()));
        refresh();
    }

    private void confirmDelete() {
        var line = form.editing();
        Confirm.deletion(getTranslation("funding.delete.title"), getTranslation("funding.delete.text", line.name()),
                () -> {
                    try {
                        funding.delete(line.id(), line.version());
                        dialog.close();
                        Notifications.success(getTranslation("funding.deleted", line.name()));
                    } catch (OptimisticLockingFailureException | EventNotEditable refused) {
                        form.showProblem(getTranslation("funding.conflict"));
                    }
                    refresh();
                });
    }

    private void saveSelfFinancing(SelfFinancingDraft draft) {
        try {
            funding.setSelfFinancing(event.id(), draft);
            Notifications.success(getTranslation("funding.selfFinancing.saved"));
        } catch (EventNotEditable archived) {
            Notifications.error(getTranslation("funding.archived"));
        }
        refresh();
    }
}
