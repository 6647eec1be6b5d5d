package fr.journees.security.ui;

import org.springframework.dao.OptimisticLockingFailureException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

import fr.journees.base.ui.UnsavedChanges;
import fr.journees.base.ui.Confirm;
import fr.journees.base.ui.Notifications;
import fr.journees.security.AccountChangeRefused;
import fr.journees.security.AccountDraft;
import fr.journees.security.AccountService;
import fr.journees.security.AccountSummary;
import fr.journees.security.LoginThrottle;
import fr.journees.security.OneTimePassword;

/** The dialog where an organiser creates an account or manages one: name, roles, access, password. */
class AccountEditor extends Dialog {

    private final AccountService accounts;
    private final LoginThrottle throttle;
    private final String actorEmail;
    private final Runnable changed;
    private final AccountForm form = new AccountForm();
    private final Button toggle = new Button();
    private final Button reset = new Button();
    private final Button unlock = new Button();
    private final Button anonymise = new Button();

    AccountEditor(AccountService accounts, LoginThrottle throttle, String actorEmail, Runnable changed) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.actorEmail = actorEmail;
        this.changed = changed;
        setId("account-dialog");
        setWidth("36rem");
        form.addSaveListener(e -> save(e.draft()));
        var closeAsking = UnsavedChanges.guardForm(this, form);
        form.addCloseListener(e -> closeAsking.run());
        toggle.setId("account-toggle");
        toggle.addClickListener(e -> toggle());
        reset.setId("account-reset");
        reset.setText(getTranslation("account.action.reset"));
        reset.addClickListener(e -> confirmReset());
        unlock.setId("account-unlock");
        unlock.setText(getTranslation("account.action.unlock"));
        unlock.addClickListener(e -> unlock());
        anonymise.setId("account-anonymise");
        anonymise.setText(getTranslation("account.action.anonymise"));
        anonymise.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        anonymise.addClickListener(e -> confirmAnonymise());
        add(form);
        getFooter().add(unlock, anonymise, toggle, reset);
    }

    void create() {
        setHeaderTitle(getTranslation("account.new"));
        form.create();
        toggle.setVisible(false);
        reset.setVisible(false);
        unlock.setVisible(false);
        anonymise.setVisible(false);
        open();
    }

    void edit(AccountSummary account) {
        setHeaderTitle(getTranslation("account.edit", account.displayName()));
        form.edit(account);
        toggle.setText(getTranslation(account.enabled() ? "account.action.disable" : "account.action.enable"));
        toggle.setVisible(!account.anonymised());
        reset.setEnabled(!account.anonymised());
        anonymise.setVisible(!account.enabled() && !account.anonymised());
        toggle.removeThemeVariants(ButtonVariant.LUMO_ERROR);
        if (account.enabled()) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        reset.setVisible(true);
        unlock.setVisible(throttle.lockedUntil(account.email()).isPresent());
        open();
    }

    private void save(AccountDraft draft) {
        var editing = form.editing();
        try {
            if (editing == null) {
                var issued = accounts.createWithOneTimePassword(draft);
                done(getTranslation("account.created", draft.displayName()));
                new OneTimePasswordDialog(draft.displayName(), issued).open();
            } else {
                accounts.update(actorEmail, editing.id(), editing.version(), draft.displayName(), draft.roles());
                done(getTranslation("account.saved", draft.displayName()));
            }
        } catch (AccountChangeRefused refused) {
            form.refused(refused.reason());
        } catch (OptimisticLockingFailureException stale) {
            form.conflict();
        }
    }

    private void toggle() {
        var account = form.editing();
        try {
            accounts.setEnabled(actorEmail, account.id(), account.version(), !account.enabled());
            done(getTranslation(account.enabled() ? "account.disabledNow" : "account.enabledNow",
                    account.displayName()));
        } catch (AccountChangeRefused refused) {
            form.refused(refused.reason());
        } catch (OptimisticLockingFailureException stale) {
            form.conflict();
        }
    }

    private void confirmAnonymise() {
        var account = form.editing();
        Confirm.action("account-anonymise-confirm", getTranslation("account.anonymise.title"),
                getTranslation("account.anonymise.text", account.displayName()),
                getTranslation("account.action.anonymise"), () -> anonymise(account));
    }

    private void anonymise(AccountSummary account) {
        try {
            accounts.anonymise(actorEmail, account.id(), account.version());
            done(getTranslation("account.anonymisedNow", account.displayName()));
        } catch (AccountChangeRefused refused) {
            form.refused(refused.reason());
        } catch (OptimisticLockingFailureException stale) {
            form.conflict();
        }
    }

    private void unlock() {
        var account = form.editing();
        throttle.unlock(actorEmail, account.email());
        done(getTranslation("account.unlocked", account.displayName()));
    }

    private void confirmReset() {
        var account = form.editing();
        Confirm.step("account-reset-confirm", getTranslation("account.reset.title"),
                getTranslation("account.reset.text", account.displayName()),
                getTranslation("account.action.reset"), () -> reset(account));
    }

    private void reset(AccountSummary account) {
        try {
            OneTimePassword issued = accounts.resetPassword(account.id(), account.version());
            done(getTranslation("account.resetDone", account.displayName()));
            new OneTimePasswordDialog(account.displayName(), issued).open();
        } catch (OptimisticLockingFailureException stale) {
            form.conflict();
        }
    }

    private void done(String message) {
        close();
        Notifications.success(message);
        changed.run();
    }
}
