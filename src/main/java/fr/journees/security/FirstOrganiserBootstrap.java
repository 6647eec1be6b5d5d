package fr.journees.security;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a first start with no account at all, creates the first organiser: from
 * {@code journees.admin.email}/{@code journees.admin.password} when given, otherwise with a generated
 * one-time password printed once in the log. Runs after the demo data, which brings its own accounts.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class FirstOrganiserBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstOrganiserBootstrap.class);

    private final AccountService accounts;
    private final String email;
    private final String password;

    FirstOrganiserBootstrap(AccountService accounts,
                            @Value("${journees.admin.email:admin@journees.local}") String email,
                            @Value("${journees.admin.password:}") String password) {
        this.accounts = accounts;
        this.email = email;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!accounts.noAccountExists()) {
            return;
        }
        boolean generated = password == null || password.isBlank();
        var secret = generated ? OneTimePasswords.generate() : password;
        accounts.create(new NewAccount(email, "Organisateur", Set.of(Roles.ORGANISER), generated), secret);
        if (generated) {
            log.warn("""

                    ==================================================================
                     First organiser account created: {}
                     One-time password: {}
                     Change it after logging in. It is shown only this once.
                    ==================================================================""", email, secret);
        } else {
            log.info("First organiser account created from configuration: {}", email);
        }
    }
}
