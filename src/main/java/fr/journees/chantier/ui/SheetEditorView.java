package fr.journees.chantier.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;

import fr.journees.base.ui.Notifications;
import fr.journees.base.ui.RouteIds;
import fr.journees.chantier.ChantierService;
import fr.journees.chantier.ChantierSheet;
import fr.journees.chantier.NotYourWorkshop;
import fr.journees.chantier.SheetConflict;
import fr.journees.chantier.SheetContent;
import fr.journees.chantier.SheetGone;
import fr.journees.security.Roles;
import jakarta.annotation.security.RolesAllowed;

/**
 * One fiche chantier, edited on a tablet during the workshop. What is typed goes to a draft as the
 * person types (and when they leave a field), so a closed tab loses nothing; saving refuses to
 * overwrite someone else's save and opens the conflict dialog instead.
 */
@Route("mes-ateliers/fiche/:sheetId")
@RolesAllowed({Roles.ORGANISER, Roles.FACILITATOR})
public class SheetEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ChantierService service;
    private final String me;
    private final SheetForm form = new SheetForm();
    private final H1 title = new H1();
    private final Span status = new Span();
    private ChantierSheet sheet;
    /** The version the text in the form started from: what a save asks to replace. */
    private int baseVersion;
    /** The saved content the text in the form started from, for merging. */
    private SheetContent base;

    public SheetEditorView(ChantierService service, AuthenticationContext authentication) {
        this.service = service;
        this.me = authentication.getPrincipalName().orElseThrow();
        setId("sheet-editor");
        setMaxWidth("1200px");
        title.setId("sheet-title");
        status.setId("sheet-status");
        status.getStyle().set("color", "var(--lumo-secondary-text-color)");
        var back = new RouterLink(getTranslation("chantier.workspace.back"), ChantierWorkspaceView.class);
        back.setId("back-to-workspace");
        var save = new Button(getTranslation("action.save"), e -> save());
        save.setId("sheet-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        var history = new Button(getTranslation("chantier.history"), e -> openHistory());
        history.setId("sheet-history");
        history.addThemeVariants(ButtonVariant.LUMO_LARGE);
        var bar = new HorizontalLayout(save, history, status);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.setWrap(true);
        form.onTyped(this::keepDraft);
        add(back, title, form, bar);
    }

    public static RouteParameters parameters(long sheetId) {
        return new RouteParameters("sheetId", Long.toString(sheetId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.of(event, "sheetId").orElseThrow(NotFoundException::new);
        try {
            show(service.load(me, id));
        } catch (NotYourWorkshop | SheetGone e) {
            throw new NotFoundException();
        }
        service.draft(me, id).filter(d -> !d.content().clean().equals(sheet.content().clean())).ifPresent(draft -> {
            form.write(draft.content());
            baseVersion = draft.baseVersion();
            if (draft.baseVersion() != sheet.version()) {
                base = service.history(me, id).stream().filter(r -> r.version() == draft.baseVersion())
                        .findFirst().map(r -> r.content()).orElse(sheet.content());
            }
            status.setText(getTranslation("chantier.draft.restored"));
        });
    }

    private void show(ChantierSheet loaded) {
        sheet = loaded;
        baseVersion = loaded.version();
        base = loaded.content();
        form.write(loaded.content());
        title.setText(getTranslation("chantier.sheet.title", loaded.content().groupName()));
        var at = loaded.updatedAt() == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(getLocale()).format(loaded.updatedAt());
        status.setText(getTranslation("chantier.sheet.saved", loaded.version(),
                loaded.lastEditor() == null ? "—" : loaded.lastEditor(), at));
    }

    private void keepDraft() {
        service.saveDraft(me, sheet.id(), baseVersion, form.read());
        status.setText(getTranslation("chantier.draft.kept"));
    }

    void save() {
        if (!form.valid()) {
            return;
        }
        saveOnTop(baseVersion, form.read());
    }

    /** Saves the content over {@code version}: the conflict dialog's "keep mine" and the plain save. */
    void saveOnTop(int version, SheetContent content) {
        try {
            service.save(me, sheet.id(), version, content);
            show(service.load(me, sheet.id()));
            Notifications.success(getTranslation("chantier.saved"));
        } catch (SheetConflict conflict) {
            service.saveDraft(me, sheet.id(), baseVersion, content);
            new ConflictDialog(conflict, base, new ConflictDialog.Choices() {
                @Override
                public void keepMine() {
                    saveOnTop(conflict.theirs().version(), conflict.mine());
                }

                @Override
                public void takeTheirs() {
                    service.discardDraft(me, sheet.id());
                    show(conflict.theirs());
                }

                @Override
                public void merge(SheetContent merged) {
                    sheet = conflict.theirs();
                    baseVersion = conflict.theirs().version();
                    base = conflict.theirs().content();
                    form.write(merged);
                    keepDraft();
                    status.setText(getTranslation("chantier.conflict.merged"));
                }
            }).open();
        } catch (SheetGone gone) {
            Notifications.error(getTranslation("chantier.error.gone"));
        }
    }

    private void openHistory() {
        new HistoryDialog(service.history(me, sheet.id()), sheet.version(), version -> {
            try {
                service.restore(me, sheet.id(), sheet.version(), version);
                service.discardDraft(me, sheet.id());
                show(service.load(me, sheet.id()));
                Notifications.success(getTranslation("chantier.history.restored", version));
            } catch (SheetConflict conflict) {
                Notifications.error(getTranslation("chantier.error.changedMeanwhile"));
                show(conflict.theirs());
            }
        }).open();
    }

    @Override
    public String getPageTitle() {
        return title.getText() + " · " + getTranslation("app.name");
    }
}
