package fr.journees.chantier.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import fr.journees.base.ui.Confirm;
import fr.journees.base.ui.FormDialog;
import fr.journees.base.ui.Notifications;
import fr.journees.chantier.ChantierService;
import fr.journees.chantier.ChantierWorkshop;
import fr.journees.chantier.SheetConflict;
import fr.journees.chantier.SheetGone;
import fr.journees.chantier.SheetSummary;
import fr.journees.security.Roles;
import jakarta.annotation.security.RolesAllowed;

/** "Mes ateliers": the workshops a facilitator leads (all of them for an organiser) and their groups' sheets. */
@Route("mes-ateliers")
@Menu(order = 15, title = "chantier.menu", icon = "vaadin:clipboard-text")
@RolesAllowed({Roles.ORGANISER, Roles.FACILITATOR})
public class ChantierWorkspaceView extends VerticalLayout implements HasDynamicTitle {

    private final ChantierService service;
    private final String me;
    private final Div workshops = new Div();

    public ChantierWorkspaceView(ChantierService service, AuthenticationContext authentication) {
        this.service = service;
        this.me = authentication.getPrincipalName().orElseThrow();
        setId("chantier-workspace");
        workshops.setId("workspace-workshops");
        workshops.setWidthFull();
        add(new H1(getTranslation("chantier.workspace.title")),
                new Paragraph(getTranslation("chantier.workspace.intro")), workshops);
        refresh();
    }

    private void refresh() {
        workshops.removeAll();
        var list = service.workshops(me);
        if (list.isEmpty()) {
            var empty = new Paragraph(getTranslation("chantier.workspace.empty"));
            empty.setId("workspace-empty");
            workshops.add(empty);
        }
        list.forEach(w -> workshops.add(section(w)));
    }

    private Details section(ChantierWorkshop workshop) {
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        var summary = new Span(getTranslation("chantier.workspace.workshop", workshop.title(), workshop.eventTitle(),
                dates.format(workshop.eventDate()), workshop.sheetCount()));
        var content = new VerticalLayout();
        content.setPadding(false);
        for (var sheet : service.sheets(me, workshop.id())) {
            content.add(row(sheet));
        }
        var create = new Button(getTranslation("chantier.sheet.new"), e -> newSheet(workshop));
        create.setId("new-sheet-" + workshop.id());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        content.add(create);
        var details = new Details(summary, content);
        details.setId("workshop-" + workshop.id());
        details.setOpened(true);
        details.setWidthFull();
        return details;
    }

    private HorizontalLayout row(SheetSummary sheet) {
        var group = new Span(sheet.groupName());
        group.getStyle().set("font-weight", "600");
        var title = new Span(sheet.keyTitle() == null ? getTranslation("chantier.sheet.untitled") : sheet.keyTitle());
        var open = new Button(getTranslation("chantier.sheet.open"),
                e -> getUI().ifPresent(ui -> ui.navigate(SheetEditorView.class, SheetEditorView.parameters(sheet.id()))));
        open.setId("open-sheet-" + sheet.id());
        open.addThemeVariants(ButtonVariant.LUMO_LARGE);
        var delete = new Button(getTranslation("action.delete"), e -> Confirm.deletion(
                getTranslation("chantier.sheet.delete.title"),
                getTranslation("chantier.sheet.delete.text", sheet.groupName()), () -> delete(sheet)));
        delete.setId("delete-sheet-" + sheet.id());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        var row = new HorizontalLayout(group, title, new FeasibilityBadge(sheet.feasibility()));
        if (sheet.keyChantier()) {
            var key = new Span(getTranslation("chantier.sheet.key"));
            key.getElement().getThemeList().add("badge success");
            row.add(key);
        }
        row.add(open, delete);
        row.setId("sheet-row-" + sheet.id());
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        row.setWrap(true);
        return row;
    }

    private void newSheet(ChantierWorkshop workshop) {
        var group = new TextField(getTranslation("chantier.field.group"));
        group.setId("new-sheet-group");
        group.setRequired(true);
        group.setMaxLength(200);
        group.setWidthFull();
        new FormDialog(getTranslation("chantier.sheet.new.title", workshop.title()), group, () -> {
            if (group.getValue().isBlank()) {
                group.setInvalid(true);
                group.setErrorMessage(getTranslation("chantier.error.groupRequired"));
                return false;
            }
            long id = service.create(me, workshop.id(), group.getValue());
            getUI().ifPresent(ui -> ui.navigate(SheetEditorView.class, SheetEditorView.parameters(id)));
            return true;
        }).open();
    }

    private void delete(SheetSummary sheet) {
        try {
            service.delete(me, sheet.id(), sheet.version());
            Notifications.success(getTranslation("chantier.sheet.deleted", sheet.groupName()));
        } catch (SheetConflict | SheetGone e) {
            Notifications.error(getTranslation("chantier.error.changedMeanwhile"));
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("chantier.workspace.title") + " · " + getTranslation("app.name");
    }
}
