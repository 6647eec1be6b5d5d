package fr.journees.security;

import static fr.journees.db.Tables.ACCOUNT;
import static fr.journees.db.Tables.ACCOUNT_ROLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import fr.journees.security.AccountChangeRefused.Reason;
import fr.journees.support.JourneesSpringTest;
import jakarta.validation.ConstraintViolationException;

@JourneesSpringTest
@Tag("database")
@Transactional
class AccountServiceTest {

    @Autowired AccountService service;
    @Autowired AccountRepository accounts;
    @Autowired UserDetailsService userDetails;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired DSLContext dsl;

    @Test
    void creates_an_account_with_a_one_time_password_that_must_be_changed_at_first_login() {
        var email = unique("Nouvelle.Animatrice");
        var issued = service.createWithOneTimePassword(new AccountDraft(email, "  Nouvelle animatrice ",
                Set.of(Roles.FACILITATOR)));

        assertThat(issued.email()).isEqualTo(email.toLowerCase());
        assertThat(issued.password()).hasSizeGreaterThanOrEqualTo(AccountService.MINIMUM_PASSWORD_LENGTH);
        var credentials = accounts.findCredentials(issued.email()).orElseThrow();
        assertThat(credentials.displayName()).isEqualTo("Nouvelle animatrice");
        assertThat(credentials.roles()).containsExactly(Roles.FACILITATOR);
        assertThat(passwordEncoder.matches(issued.password(), credentials.passwordHash())).isTrue();
        assertThat(service.mustChangePassword(issued.email())).isTrue();
    }

    @Test
    void refuses_a_second_account_with_the_same_email_whatever_its_case() {
        var email = unique("double");
        service.createWithOneTimePassword(new AccountDraft(email, "Première", Set.of(Roles.FACILITATOR)));
        assertThatThrownBy(() -> service.createWithOneTimePassword(new AccountDraft(email.toUpperCase(), "Seconde",
                Set.of(Roles.ORGANISER))))
                .isInstanceOfSatisfying(AccountChangeRefused.class, e -> assertThat(e.reason())
                        .isEqualTo(Reason.EMAIL_TAKEN));
    }

    @Test
    void refuses_an_account_without_role_or_with_an_unknown_role() {
        assertThatThrownBy(() -> service.createWithOneTimePassword(new AccountDraft(unique("sans-role"), "Sans rôle",
                Set.of()))).isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> service.createWithOneTimePassword(new AccountDraft(unique("admin"), "Admin",
                Set.of("ADMIN")))).isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    void a_disabled_account_cannot_log_in_and_can_be_enabled_again() {
        var account = facilitator();
        service.setEnabled("orga@journees.test", account.id(), account.version(), false);

        assertThat(userDetails.loadUserByUsername(account.email()).isEnabled()).isFalse();
        assertThat(service.facilitators(account.email(), 0, 10)).isEmpty();
        var disabled = service.summary(account.id()).orElseThrow();
        service.setEnabled("orga@journees.test", account.id(), disabled.version(), true);
        assertThat(userDetails.loadUserByUsername(account.email()).isEnabled()).isTrue();
    }

    @Test
    void resetting_the_password_issues_a_new_one_time_password_to_change_at_the_next_login() {
        var email = unique("oubli");
        long id = service.create(new NewAccount(email, "Oublieuse", Set.of(Roles.FACILITATOR), false),
                "ancien-secret-123");
        var account = service.summary(id).orElseThrow();

        var issued = service.resetPassword(id, account.version());

        var hash = accounts.findCredentials(email).orElseThrow().passwordHash();
        assertThat(passwordEncoder.matches("ancien-secret-123", hash)).isFalse();
        assertThat(passwordEncoder.matches(issued.password(), hash)).isTrue();
        assertThat(service.mustChangePassword(email)).isTrue();
    }

    @Test
    void changes_the_name_and_the_roles() {
        var account = facilitator();
        service.update("orga@journees.test", account.id(), account.version(), "Nom changé",
                Set.of(Roles.FACILITATOR, Roles.ORGANISER));
        var changed = service.summary(account.id()).orElseThrow();
        assertThat(changed.displayName()).isEqualTo("Nom changé");
        assertThat(changed.roles()).containsExactlyInAnyOrder(Roles.FACILITATOR, Roles.ORGANISER);
        assertThat(changed.version()).isEqualTo(account.version() + 1);

        service.update("orga@journees.test", account.id(), changed.version(), "Nom changé", Set.of(Roles.ORGANISER));
        assertThat(service.summary(account.id()).orElseThrow().roles()).containsExactly(Roles.ORGANISER);
    }

    @Test
    void a_stale_version_is_refused_instead_of_overwriting() {
        var account = facilitator();
        service.update("orga@journees.test", account.id(), account.version(), "Premier", Set.of(Roles.FACILITATOR));

        assertThatThrownBy(() -> service.update("orga@journees.test", account.id(), account.version(), "Second",
                Set.of(Roles.FACILITATOR))).isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> service.setEnabled("orga@journees.test", account.id(), account.version(), false))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> service.resetPassword(account.id(), account.version()))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(service.summary(account.id()).orElseThrow().displayName()).isEqualTo("Premier");
    }

    @Test
    void an_organiser_cannot_disable_themself() {
        var me = organiser();
        assertThatThrownBy(() -> service.setEnabled(me.email(), me.id(), me.version(), false))
                .isInstanceOfSatisfying(AccountChangeRefused.class, e -> assertThat(e.reason())
                        .isEqualTo(Reason.SELF_DISABLE));
        assertThat(service.summary(me.id()).orElseThrow().enabled()).isTrue();
    }

    @Test
    void an_organiser_cannot_remove_their_own_organiser_role() {
        var me = organiser();
        assertThatThrownBy(() -> service.update(me.email().toUpperCase(), me.id(), me.version(), me.displayName(),
                Set.of(Roles.FACILITATOR)))
                .isInstanceOfSatisfying(AccountChangeRefused.class, e -> assertThat(e.reason())
                        .isEqualTo(Reason.SELF_ORGANISER_ROLE));
        assertThat(service.summary(me.id()).orElseThrow().roles()).contains(Roles.ORGANISER);
    }

    @Test
    void the_last_enabled_organiser_can_be_neither_disabled_nor_demoted() {
        var last = organiser();
        disableEveryOrganiserBut(last.id());

        assertThatThrownBy(() -> service.setEnabled("quelqu-un@journees.test", last.id(), last.version(), false))
                .isInstanceOfSatisfying(AccountChangeRefused.class, e -> assertThat(e.reason())
                        .isEqualTo(Reason.LAST_ORGANISER));
        assertThatThrownBy(() -> service.update("quelqu-un@journees.test", last.id(), last.version(),
                last.displayName(), Set.of(Roles.FACILITATOR)))
                .isInstanceOfSatisfying(AccountChangeRefused.class, e -> assertThat(e.reason())
                        .isEqualTo(Reason.LAST_ORGANISER));
        assertThat(service.summary(last.id()).orElseThrow()).satisfies(a -> {
            assertThat(a.enabled()).isTrue();
            assertThat(a.roles()).contains(Roles.ORGANISER);
        });
    }

    @Test
    void an_organiser_may_be_disabled_while_another_enabled_organiser_remains() {
        var first = organiser();
        var second = organiser();
        disableEveryOrganiserBut(first.id(), second.id());

        service.setEnabled(first.email(), second.id(), second.version(), false);

        assertThat(service.summary(second.id()).orElseThrow().enabled()).isFalse();
    }

    @Test
    void the_facilitator_picker_offers_enabled_facilitators_only() {
        var facilitator = facilitator();
        var organiser = organiser();
        assertThat(service.facilitators(facilitator.email(), 0, 10)).extracting(AccountOption::id)
                .containsExactly(facilitator.id());
        assertThat(service.countFacilitators(facilitator.email())).isEqualTo(1);
        assertThat(service.facilitators(organiser.email(), 0, 10)).isEmpty();
        assertThat(service.areFacilitators(Set.of(facilitator.id()))).isTrue();
        assertThat(service.areFacilitators(Set.of(facilitator.id(), organiser.id()))).isFalse();
    }

    private AccountSummary facilitator() {
        var issued = service.createWithOneTimePassword(new AccountDraft(unique("anim"), "Animatrice test",
                Set.of(Roles.FACILITATOR)));
        return service.summary(issued.accountId()).orElseThrow();
    }

    private AccountSummary organiser() {
        var issued = service.createWithOneTimePassword(new AccountDraft(unique("orga"), "Organisatrice test",
                Set.of(Roles.ORGANISER)));
        return service.summary(issued.accountId()).orElseThrow();
    }

    /** Rolled back with the test: the demo organiser and the others are enabled again afterwards. */
    private void disableEveryOrganiserBut(Long... kept) {
        dsl.update(ACCOUNT).set(ACCOUNT.ENABLED, false)
                .where(ACCOUNT.ID.notIn(kept))
                .and(DSL.exists(DSL.selectOne().from(ACCOUNT_ROLE)
                        .where(ACCOUNT_ROLE.ACCOUNT_ID.eq(ACCOUNT.ID), ACCOUNT_ROLE.ROLE.eq(Roles.ORGANISER))))
                .execute();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID() + "@journees.test";
    }
}
