package fr.journees.security;

import static fr.journees.db.Tables.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import fr.journees.support.JourneesSpringTest;

@JourneesSpringTest
@Tag("database")
@Transactional
class FirstOrganiserBootstrapTest {

    @Autowired DSLContext dsl;
    @Autowired AccountService accountService;
    @Autowired AccountRepository accounts;
    @Autowired PasswordEncoder passwordEncoder;

    @Test
    void creates_the_configured_organiser_when_no_account_exists() {
        dsl.deleteFrom(ACCOUNT).execute();
        new FirstOrganiserBootstrap(accountService, "Direction@Centre.example", "un-mot-de-passe-solide")
                .run(new DefaultApplicationArguments());
        var created = accounts.findCredentials("direction@centre.example").orElseThrow();
        assertThat(created.roles()).containsExactly(Roles.ORGANISER);
        assertThat(passwordEncoder.matches("un-mot-de-passe-solide", created.passwordHash())).isTrue();
    }

    @Test
    void generates_a_one_time_password_that_must_be_changed_when_none_is_configured() {
        dsl.deleteFrom(ACCOUNT).execute();
        new FirstOrganiserBootstrap(accountService, "admin@journees.local", "").run(new DefaultApplicationArguments());
        assertThat(accounts.findCredentials("admin@journees.local")).isPresent();
        assertThat(dsl.select(ACCOUNT.MUST_CHANGE_PASSWORD).from(ACCOUNT)
                .where(ACCOUNT.EMAIL.eq("admin@journees.local")).fetchOne(ACCOUNT.MUST_CHANGE_PASSWORD)).isTrue();
    }

    @Test
    void leaves_existing_accounts_alone() {
        int before = accounts.count();
        new FirstOrganiserBootstrap(accountService, "autre@journees.local", "").run(new DefaultApplicationArguments());
        assertThat(accounts.count()).isEqualTo(before);
        assertThat(accounts.findCredentials("autre@journees.local")).isEmpty();
    }
}
