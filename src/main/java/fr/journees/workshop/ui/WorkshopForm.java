package fr.journees.workshop.ui;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.shared.Registration;

import fr.journees.directory.ui.DraftBinder;
import fr.journees.base.ui.DialogButtons;
import fr.journees.base.ui.Localized;
import fr.journees.security.AccountOption;
import fr.journees.workshop.WorkshopDraft;
import fr.journees.workshop.WorkshopView;

/** A workshop's title, questions, objectives, room, capacity and facilitators. */
class WorkshopForm extends FormLayout {

    private final TextField title = new TextField();
    private final TextArea guidingQuestions = new TextArea();
    private final TextArea objectives = new TextArea();
    private final TextField room = new TextField();
    private final IntegerField capacity = new IntegerField();
    private final MultiSelectComboBox<AccountOption> facilitators = Localized.multiSelect();
    private final Paragraph problem = new Paragraph();
    private final DraftBinder<WorkshopDraft> binder = new DraftBinder<>(WorkshopDraft.class, this);
    private WorkshopView editing;

    /** facilitatorAccounts: the enabled FACILITATOR accounts, filtered by name or e-mail. */
    WorkshopForm(DataProvider<AccountOption, String> facilitatorAccounts) {
        setId("workshop-form");
        title.setId("workshop-title");
        title.setLabel(getTranslation("workshop.title"));
        title.setMaxLength(300);
        guidingQuestions.setId("workshop-questions");
        guidingQuestions.setLabel(getTranslation("workshop.guidingQuestions"));
        guidingQuestions.setHelperText(getTranslation("workshop.guidingQuestions.help"));
        objectives.setId("workshop-objectives");
        objectives.setLabel(getTranslation("workshop.objectives"));
        room.setId("workshop-room");
        room.setLabel(getTranslation("workshop.room"));
        room.setMaxLength(200);
        capacity.setId("workshop-capacity");
        capacity.setLabel(getTranslation("workshop.capacity"));
        capacity.setHelperText(getTranslation("workshop.capacity.help"));
        capacity.setMin(0);
        capacity.setStepButtonsVisible(true);
        capacity.setI18n(new IntegerField.IntegerFieldI18n()
                .setBadInputErrorMessage(getTranslation("workshop.error.capacityNumber"))
                .setMinErrorMessage(getTranslation("workshop.error.capacityNegative")));
        facilitators.setId("workshop-facilitators");
        facilitators.setLabel(getTranslation("workshop.facilitators"));
        facilitators.setItems(facilitatorAccounts);
        facilitators.setItemLabelGenerator(account -> account.displayName() + " (" + account.email() + ")");
        facilitators.setHelperText(getTranslation("workshop.facilitators.help"));
        problem.setId("workshop-form-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.setVisible(false);
        binder.forField(title).bind("title");
        // An empty text is no text: stored as absent rather than as an empty string.
        binder.forField(guidingQuestions).withNullRepresentation("").bind("guidingQuestions");
        binder.forField(objectives).withNullRepresentation("").bind("objectives");
        binder.forField(room).withNullRepresentation("").bind("room");
        binder.forField(capacity).bind("capacity");
        var invite = new Button(getTranslation("workshop.invite.open"), VaadinIcon.USER_CARD.create(),
                e -> fireEvent(new InviteEvent(this)));
        invite.setId("workshop-invite");
        invite.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var facilitatorRow = new HorizontalLayout(facilitators, invite);
        facilitatorRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        facilitatorRow.setFlexGrow(1, facilitators);
        add(title, guidingQuestions, objectives, room, capacity, facilitatorRow, problem, buttons());
        setColspan(title, 2);
        setColspan(facilitatorRow, 2);
        setColspan(problem, 2);
    }

    private HorizontalLayout buttons() {
        var save = new Button(getTranslation("workshop.action.save"), e -> validateAndSave());
        save.setId("workshop-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("workshop.action.cancel"), e -> fireEvent(new CloseEvent(this)));
        cancel.setId("workshop-cancel");
        return DialogButtons.row(null, cancel, save);
    }

    void create() {
        editing = null;
        problem.setVisible(false);
        binder.readRecord(new WorkshopDraft("", null, null, null, null));
        facilitators.clear();
    }

    void edit(WorkshopView workshop) {
        editing = workshop;
        problem.setVisible(false);
        binder.readRecord(workshop.draft());
        facilitators.setValue(new HashSet<>(workshop.facilitators()));
    }

    /** The workshop being edited, or null when creating one. */
    WorkshopView editing() {
        return editing;
    }

    /** A facilitator just invited joins the selection. */
    void addFacilitator(AccountOption account) {
        var selected = new HashSet<>(facilitators.getValue());
        selected.add(account);
        facilitators.getDataProvider().refreshAll();
        facilitators.setValue(selected);
    }

    void titleTaken() {
        title.setErrorMessage(getTranslation("workshop.error.titleTaken"));
        title.setInvalid(true);
    }

    /** Someone changed or deleted it meanwhile: say so, keep the typing. */
    void conflict() {
        showProblem(getTranslation("workshop.conflict"));
    }

    void archived() {
        showProblem(getTranslation("workshop.error.archived"));
    }

    private void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }

    private void validateAndSave() {
        problem.setVisible(false);
        try {
            var draft = binder.writeRecord();
            var ids = facilitators.getValue().stream().map(AccountOption::id).collect(Collectors.toSet());
            fireEvent(new SaveEvent(this, draft, ids));
        } catch (ValidationException invalid) {
            // the binder has marked the fields with their messages
        }
    }

    static class SaveEvent extends ComponentEvent<WorkshopForm> {
        private final WorkshopDraft draft;
        private final Set<Long> facilitatorIds;

        SaveEvent(WorkshopForm source, WorkshopDraft draft, Set<Long> facilitatorIds) {
            super(source, false);
            this.draft = draft;
            this.facilitatorIds = facilitatorIds;
        }

        WorkshopDraft draft() {
            return draft;
        }

        Set<Long> facilitatorIds() {
            return facilitatorIds;
        }
    }

    static class CloseEvent extends ComponentEvent<WorkshopForm> {
        CloseEvent(WorkshopForm source) {
            super(source, false);
        }
    }

    static class InviteEvent extends ComponentEvent<WorkshopForm> {
        InviteEvent(WorkshopForm source) {
            super(source, false);
        }
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addCloseListener(ComponentEventListener<CloseEvent> listener) {
        return addListener(CloseEvent.class, listener);
    }

    Registration addInviteListener(ComponentEventListener<InviteEvent> listener) {
        return addListener(InviteEvent.class, listener);
    }
}
