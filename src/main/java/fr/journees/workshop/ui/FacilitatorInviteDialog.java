package fr.journees.workshop.ui;

import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.dialog.Dialog;

import fr.journees.security.AccountChangeRefused;
import fr.journees.security.AccountDraft;
import fr.journees.security.AccountOption;
import fr.journees.security.AccountService;
import fr.journees.security.Roles;
import fr.journees.security.ui.OneTimePasswordDialog;

/**
 * Creates a facilitator's account from the workshop being edited; the organiser sees its one-time
 * password once, to pass on (e-mail sending arrives with registrations).
 */
class FacilitatorInviteDialog extends Dialog {

    private final FacilitatorInviteForm form = new FacilitatorInviteForm();

    FacilitatorInviteDialog(AccountService accounts, Consumer<AccountOption> invited) {
        setId("invite-dialog");
        setHeaderTitle(getTranslation("workshop.invite.title"));
        setWidth("32rem");
        form.addCloseListener(e -> close());
        form.addInviteListener(e -> {
            var invitation = e.invitation();
            try {
                var issued = accounts.createWithOneTimePassword(new AccountDraft(invitation.email(),
                        invitation.displayName(), Set.of(Roles.FACILITATOR)));
                close();
                invited.accept(new AccountOption(issued.accountId(), invitation.displayName().strip(),
                        issued.email()));
                new OneTimePasswordDialog(invitation.displayName().strip(), issued).open();
            } catch (AccountChangeRefused refused) {
                form.emailTaken();
            }
        });
        add(form);
    }

    void openEmpty() {
        form.clear();
        open();
    }
}
