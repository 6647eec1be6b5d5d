package fr.journees.directory.ui;

import fr.journees.base.ui.DialogButtons;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.shared.Registration;

/**
 * A form editing one draft record: its binder checks the record's constraints field by field; Save
 * fires a {@link SaveEvent} with a new, valid draft, Delete a {@link DeleteEvent}, Cancel a
 * {@link CloseEvent}. Nothing the user typed is ever cleared by a refusal: problems are shown next to
 * the field or above the buttons. Enter in a one-line field saves; Tab reaches every button.
 */
public abstract class DraftForm<T extends Record> extends FormLayout {

    private final DraftBinder<T> binder;
    private final Paragraph problem = new Paragraph();
    private final Button save = new Button();
    private final Button delete = new Button();
    private final Button cancel = new Button();

    private final String entity;

    /** entity names the keys ({@code entity.property}) and ids ({@code entity-property}) of the fields. */
    protected DraftForm(Class<T> type, String entity) {
        this.entity = entity;
        var id = entity + "-form";
        setId(id);
        binder = new DraftBinder<>(type, this);
        problem.setId(id + "-problem");
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.setVisible(false);
        save.setText(getTranslation("directory.save"));
        save.setId("save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        delete.setText(getTranslation("directory.delete"));
        delete.setId("delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> fireEvent(new DeleteEvent(this)));
        cancel.setText(getTranslation("directory.cancel"));
        cancel.setId("cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancel.addClickListener(e -> fireEvent(new CloseEvent(this)));
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
    }

    protected DraftBinder<T> binder() {
        return binder;
    }

    /** Binds a text field: surrounding spaces dropped, an empty field is a null value. */
    protected Binder.BindingBuilder<T, String> forText(HasValue<?, String> field) {
        return binder.forField(field).withConverter(String::strip, value -> value).withNullRepresentation("");
    }

    /** Labels, identifies and binds a text field to the draft's property of that name. */
    protected <F extends Component & HasValue<?, String> & HasLabel> F text(F field, String property) {
        field.setId(entity + "-" + property);
        field.setLabel(getTranslation(entity + "." + property));
        forText(field).bind(property);
        return field;
    }

    /** Lays out the fields in order, then the problem line and the buttons across the whole width. */
    protected void layout(Component... fields) {
        add(fields);
        for (var field : fields) {
            if (field instanceof TextArea || field instanceof CustomField<?>) {
                setColspan(field, 2);
            }
            if (field instanceof TextField line) {
                line.addKeyDownListener(Key.ENTER, e -> save());
            }
        }
        var buttons = DialogButtons.row(delete, cancel, save);
        add(problem, buttons);
        setColspan(problem, 2);
        setColspan(buttons, 2);
    }

    /** The field that gets the focus when the form opens, and that a duplicate name is reported on. */
    protected abstract TextField nameField();

    /** Shows that draft; Delete is offered only for a draft already stored. */
    public void edit(T draft, boolean stored) {
        binder.readRecord(draft);
        delete.setVisible(stored);
        clearProblem();
        nameField().focus();
    }

    /** Checks every field; on success fires the save event with the new draft, else focuses the first wrong field. */
    public void save() {
        clearProblem();
        try {
            fireEvent(new SaveEvent<>(this, binder.writeRecord()));
        } catch (ValidationException invalid) {
            DraftBinder.focusFirstWrong(invalid);
            showProblem(getTranslation("directory.form.invalid"));
        }
    }

    /** A problem with the whole form (a conflict, a refused deletion), shown above the buttons. */
    public void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
        problem.scrollIntoView();
    }

    public void clearProblem() {
        problem.setText("");
        problem.setVisible(false);
    }

    /** The name is taken: said at the name field, which keeps what was typed. */
    public void showNameTaken(String message) {
        var name = nameField();
        name.setErrorMessage(message);
        name.setInvalid(true);
        name.focus();
    }

    public String problem() {
        return problem.getText();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public Registration addSaveListener(ComponentEventListener<SaveEvent<T>> listener) {
        return addListener((Class) SaveEvent.class, (ComponentEventListener) listener);
    }

    public Registration addDeleteListener(ComponentEventListener<DeleteEvent> listener) {
        return addListener(DeleteEvent.class, listener);
    }

    public Registration addCloseListener(ComponentEventListener<CloseEvent> listener) {
        return addListener(CloseEvent.class, listener);
    }

    public static final class SaveEvent<T extends Record> extends ComponentEvent<DraftForm<T>> {

        private final T draft;

        SaveEvent(DraftForm<T> source, T draft) {
            super(source, false);
            this.draft = draft;
        }

        public T draft() {
            return draft;
        }
    }

    public static final class DeleteEvent extends ComponentEvent<DraftForm<?>> {

        DeleteEvent(DraftForm<?> source) {
            super(source, false);
        }
    }

    public static final class CloseEvent extends ComponentEvent<DraftForm<?>> {

        CloseEvent(DraftForm<?> source) {
            super(source, false);
        }
    }
}
