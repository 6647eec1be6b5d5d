package fr.journees.security.ui;

import org.springframework.stereotype.Component;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;

import fr.journees.security.AccountService;

/** Someone logged in with a one-time password goes nowhere before choosing their own. */
@Component
class OneTimePasswordGuard implements VaadinServiceInitListener {

    private final AccountService accounts;
    private final AuthenticationContext authentication;

    OneTimePasswordGuard(AccountService accounts, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        if (event.getNavigationTarget() == ChangePasswordView.class
                || event.getNavigationTarget() == LoginView.class) {
            return;
        }
        authentication.getPrincipalName()
                .filter(accounts::mustChangePassword)
                .ifPresent(user -> event.rerouteTo(ChangePasswordView.class));
    }
}
