package fr.journees.security.ui;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.shared.Registration;

import fr.journees.directory.ui.DraftBinder;
import fr.journees.base.ui.DialogButtons;
import fr.journees.security.AccountChangeRefused;
import fr.journees.security.AccountDraft;
import fr.journees.security.AccountSummary;
import fr.journees.security.Roles;

/** Creates an account, or changes the name and roles of one; the e-mail is the login and stays once created. */
public class AccountForm extends FormLayout {

    private final EmailField email = new EmailField();
    private final TextField displayName = new TextField();
    private final CheckboxGroup<String> roles = new CheckboxGroup<>();
    private final Paragraph problem = new Paragraph();
    private final Button save = new Button();
    private final DraftBinder<AccountDraft> binder = new DraftBinder<>(AccountDraft.class, this);
    private AccountSummary editing;

    public AccountForm() {
        setId("account-form");
        email.setId("account-email");
        email.setLabel(getTranslation("account.email"));
        email.setMaxLength(254);
        email.setI18n(new EmailField.EmailFieldI18n()
                .setPatternErrorMessage(getTranslation("account.error.emailInvalid")));
        displayName.setMaxLength(200);
        displayName.setId("account-name");
        displayName.setLabel(getTranslation("account.name"));
        roles.setId("account-roles");
        roles.setLabel(getTranslation("account.roles"));
        roles.setItems(List.of(Roles.ORGANISER, Roles.FACILITATOR));
        roles.setItemLabelGenerator(role -> getTranslation("role." + role));
        roles.setHelperText(getTranslation("account.roles.help"));
        problem.setId("account-form-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.setVisible(false);
        binder.forField(email).bind("email");
        binder.forField(displayName).bind("displayName");
        binder.forField(roles).bind("roles");
        save.setText(getTranslation("account.action.save"));
        save.setId("account-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> validateAndSave());
        save.addClickShortcut(Key.ENTER).listenOn(this);
        var cancel = new Button(getTranslation("account.action.cancel"), e -> fireEvent(new CloseEvent(this)));
        cancel.setId("account-cancel");
        add(email, displayName, roles, problem, DialogButtons.row(null, cancel, save));
        setColspan(problem, 2);
    }

    /** An empty form for a new account; a facilitator by default, the most common case. */
    public void create() {
        editing = null;
        email.setReadOnly(false);
        clearProblem();
        binder.readRecord(new AccountDraft("", "", Set.of(Roles.FACILITATOR)));
    }

    public void edit(AccountSummary account) {
        editing = account;
        email.setReadOnly(true);
        clearProblem();
        binder.readRecord(new AccountDraft(account.email(), account.displayName(),
                new LinkedHashSet<>(account.roles())));
    }

    /** The account being edited, or null when creating one. */
    public AccountSummary editing() {
        return editing;
    }

    /** Shows why the service refused, next to the field concerned; what was typed stays. */
    public void refused(AccountChangeRefused.Reason reason) {
        var message = getTranslation("account.refused." + reason.name());
        switch (reason) {
            case EMAIL_TAKEN -> {
                email.setErrorMessage(message);
                email.setInvalid(true);
            }
            case SELF_ORGANISER_ROLE, LAST_ORGANISER -> {
                roles.setErrorMessage(message);
                roles.setInvalid(true);
            }
            default -> showProblem(message);
        }
    }

    /** Someone changed the account meanwhile: say so, keep the typing. */
    public void conflict() {
        showProblem(getTranslation("account.conflict"));
    }

    private void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }

    private void clearProblem() {
        problem.setVisible(false);
    }

    private void validateAndSave() {
        clearProblem();
        try {
            fireEvent(new SaveEvent(this, binder.writeRecord()));
        } catch (ValidationException invalid) {
            // the binder has marked the fields and their messages
        }
    }

    public static class SaveEvent extends ComponentEvent<AccountForm> {
        private final AccountDraft draft;

        SaveEvent(AccountForm source, AccountDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        public AccountDraft draft() {
            return draft;
        }
    }

    public static class CloseEvent extends ComponentEvent<AccountForm> {
        CloseEvent(AccountForm source) {
            super(source, false);
        }
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addCloseListener(ComponentEventListener<CloseEvent> listener) {
        return addListener(CloseEvent.class, listener);
    }
}
