package fr.journees.directory.ui;

import java.util.List;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;

import fr.journees.base.ui.Confirm;
import fr.journees.base.ui.Notifications;
import fr.journees.base.ui.UnsavedChanges;
import fr.journees.directory.DuplicateName;
import fr.journees.directory.StillReferenced;

/**
 * A directory: a search field, a grid paged from the database, and a dialog holding the form that
 * creates, edits and deletes one entry. Clicking a row, Space or Enter on the focused row, or its edit
 * button opens it; Escape closes the dialog.
 *
 * @param <S> a line of the grid
 * @param <D> the draft record the form edits
 */
abstract class DirectoryView<S, D extends Record> extends VerticalLayout implements HasDynamicTitle {

    /** An entry as the form edits it: its id and the version it was read at. */
    record Stored<D>(long id, int version, D draft) {
    }

    protected final Grid<S> grid = new Grid<>();
    private final String entity;
    private final String titleKey;
    private final TextField search = new TextField();
    private final Dialog dialog = new Dialog();
    private final DraftForm<D> form;
    private Stored<D> editing;
    private S focusedRow;

    /**
     * @param entity the singular that prefixes this directory's translation keys and ids ("organisation")
     * @param plural the plural that prefixes the ids of the view and the grid ("organisations")
     */
    DirectoryView(String entity, String plural, String titleKey, DraftForm<D> form) {
        this.entity = entity;
        this.titleKey = titleKey;
        this.form = form;
        setId(plural + "-view");
        setSizeFull();

        search.setId("search");
        search.setPlaceholder(getTranslation(entity + ".search"));
        search.setAriaLabel(getTranslation(entity + ".search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("24rem");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        var add = new Button(getTranslation(entity + ".add"), VaadinIcon.PLUS.create(), e -> openNew());
        add.setId("add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var toolbar = new HorizontalLayout(search, add);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setId(plural + "-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> page(search.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> count(search.getValue()));
        // Space on a row selects it; Enter on a row (not on its edit button, which handles its own) opens it too.
        grid.addCellFocusListener(e -> focusedRow = e.getItem().orElse(null));
        grid.getElement().addEventListener("keydown", e -> {
            if (focusedRow != null) {
                grid.select(focusedRow);
            }
        }).setFilter("event.key === 'Enter' && event.target === element");
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                openStored(id(e.getValue()));
            }
        });

        dialog.setId(entity + "-dialog");
        dialog.setCloseOnOutsideClick(false);
        dialog.setWidth("min(52rem, 100vw)");
        dialog.add(form);
        var closeAsking = UnsavedChanges.guardForm(dialog, form);
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                grid.deselectAll();
            }
        });
        form.addSaveListener(e -> save(e.draft()));
        form.addDeleteListener(e -> confirmDelete());
        form.addCloseListener(e -> closeAsking.run());

        add(new H1(getTranslation(titleKey)), toolbar, grid);
        setFlexGrow(1, grid);
    }

    protected abstract List<S> page(String filter, int offset, int limit);

    protected abstract int count(String filter);

    protected abstract long id(S row);

    /** The name of a line, for the label of its edit button. */
    protected abstract String label(S row);

    protected abstract Optional<Stored<D>> load(long id);

    protected abstract D empty();

    protected abstract String name(D draft);

    protected abstract void create(D draft);

    protected abstract void update(long id, int version, D draft);

    protected abstract void delete(long id, int version);

    /** Adds the column of edit buttons: a keyboard user reaches it with Enter in the row, then Tab. */
    protected void addEditColumn() {
        grid.addComponentColumn(row -> {
            var edit = new Button(VaadinIcon.EDIT.create(), e -> grid.select(row));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
            edit.setAriaLabel(getTranslation("directory.edit", label(row)));
            edit.setTooltipText(getTranslation("directory.edit", label(row)));
            return edit;
        }).setFlexGrow(0).setAutoWidth(true);
    }

    private void openNew() {
        editing = null;
        dialog.setHeaderTitle(getTranslation(entity + ".title.new"));
        dialog.open();
        form.edit(empty(), false);
        opened(null);
    }

    /** Something the dialog shows above the form, that saves on its own (a logo): apart from the form's buttons. */
    protected void addAboveTheForm(com.vaadin.flow.component.Component component) {
        dialog.addComponentAsFirst(component);
    }

    /** The dialog opened on a stored entry (its id) or a new one (null). */
    protected void opened(Long id) {
    }

    private void openStored(long id) {
        var stored = load(id);
        if (stored.isEmpty()) {
            Notifications.error(getTranslation(entity + ".gone"));
            grid.getDataProvider().refreshAll();
            return;
        }
        editing = stored.get();
        dialog.setHeaderTitle(getTranslation(entity + ".title.edit"));
        dialog.open();
        form.edit(editing.draft(), true);
        opened(editing.id());
    }

    private void save(D draft) {
        try {
            if (editing == null) {
                create(draft);
            } else {
                update(editing.id(), editing.version(), draft);
            }
        } catch (DuplicateName duplicate) {
            form.showNameTaken(getTranslation(entity + ".duplicate"));
            return;
        } catch (OptimisticLockingFailureException conflict) {
            form.showProblem(getTranslation(entity + ".conflict"));
            return;
        }
        done(getTranslation(entity + ".saved", name(draft)));
    }

    private void confirmDelete() {
        var name = name(editing.draft());
        Confirm.action("confirm-delete", getTranslation(entity + ".delete.title"),
                getTranslation(entity + ".delete.text", name), getTranslation("directory.delete"), () -> delete(name));
    }

    private void delete(String name) {
        try {
            delete(editing.id(), editing.version());
        } catch (StillReferenced refused) {
            form.showProblem(References.refusal(this, entity, refused));
            return;
        } catch (OptimisticLockingFailureException conflict) {
            form.showProblem(getTranslation(entity + ".conflict"));
            return;
        } catch (DataIntegrityViolationException referencedMeanwhile) {
            form.showProblem(getTranslation(entity + ".delete.stillUsed", name));
            return;
        }
        done(getTranslation(entity + ".deleted", name));
    }

    private void done(String message) {
        dialog.close();
        grid.getDataProvider().refreshAll();
        Notifications.success(message);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " · " + getTranslation("app.name");
    }
}
