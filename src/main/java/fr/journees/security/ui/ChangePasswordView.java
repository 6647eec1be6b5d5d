package fr.journees.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import fr.journees.base.ui.Notifications;
import fr.journees.security.AccountService;
import fr.journees.security.PasswordChangeRefused;
import jakarta.annotation.security.PermitAll;

/** Every user changes their own password here; a one-time password leads here first. */
@Route("mot-de-passe")
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    private final PasswordField current = new PasswordField();
    private final PasswordField fresh = new PasswordField();
    private final PasswordField confirmation = new PasswordField();
    private final AccountService accounts;
    private final AuthenticationContext authentication;

    public ChangePasswordView(AccountService accounts, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.authentication = authentication;
        setId("change-password");
        current.setId("current-password");
        current.setLabel(getTranslation("password.current"));
        fresh.setId("new-password");
        fresh.setLabel(getTranslation("password.new"));
        fresh.setHelperText(getTranslation("password.rule", AccountService.MINIMUM_PASSWORD_LENGTH));
        confirmation.setId("confirm-password");
        confirmation.setLabel(getTranslation("password.confirm"));
        for (var field : new PasswordField[] {current, fresh, confirmation}) {
            field.setRequiredIndicatorVisible(true);
            field.setWidthFull();
        }
        var save = new Button(getTranslation("password.save"), e -> save());
        save.setId("save-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        var form = new FormLayout(current, fresh, confirmation);
        form.setMaxWidth("28rem");
        add(new H1(getTranslation("password.title")), new Paragraph(getTranslation("password.intro")), form, save);
    }

    private void save() {
        for (var field : new PasswordField[] {current, fresh, confirmation}) {
            field.setInvalid(false);
        }
        if (!fresh.getValue().equals(confirmation.getValue())) {
            confirmation.setErrorMessage(getTranslation("password.error.MISMATCH"));
            confirmation.setInvalid(true);
            return;
        }
        try {
            accounts.changeOwnPassword(authentication.getPrincipalName().orElseThrow(), current.getValue(),
                    fresh.getValue());
        } catch (PasswordChangeRefused refused) {
            var field = refused.reason() == PasswordChangeRefused.Reason.WRONG_CURRENT ? current : fresh;
            field.setErrorMessage(getTranslation("password.error." + refused.reason().name(),
                    AccountService.MINIMUM_PASSWORD_LENGTH));
            field.setInvalid(true);
            return;
        }
        Notifications.success(getTranslation("password.saved"));
        getUI().ifPresent(ui -> ui.navigate(""));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " · " + getTranslation("app.name");
    }
}
