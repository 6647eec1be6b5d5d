package fr.journees.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.journees.support.JourneesSpringTest;

/** Guessing passwords at the login form: throttled per account and per address, alike for unknown e-mails. */
@Tag("database")
@JourneesSpringTest
class LoginThrottlingTest {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final String PASSWORD = "un-secret-de-test-2026";

    @LocalServerPort int port;
    @Autowired AccountService accounts;
    @Autowired LoginThrottle throttle;

    LoginForm form;
    String email;

    @BeforeEach
    void anAccount() {
        form = new LoginForm(port);
        email = "throttle" + NEXT.incrementAndGet() + "-" + System.nanoTime() + "@journees.test";
        accounts.create(new NewAccount(email, "Compte à deviner", Set.of(Roles.FACILITATOR), false), PASSWORD);
    }

    @Test
    void the_right_password_still_works_after_a_few_mistakes() throws Exception {
        var address = address();
        for (int i = 0; i < 4; i++) {
            assertThat(form.login(email, "pas-le-bon-" + i, address)).isEqualTo("/login?error");
        }
        assertThat(form.login(email, PASSWORD, address)).isEqualTo("/");
    }

    @Test
    void after_five_wrong_passwords_even_the_right_one_is_refused_until_an_organiser_unlocks() throws Exception {
        for (int i = 0; i < 5; i++) {
            form.login(email, "devine-" + i, address());
        }
        assertThat(throttle.lockedFor(email, address())).isPresent();
        assertThat(form.login(email, PASSWORD, address())).isEqualTo("/login?error");
        assertThat(throttle.lockedUntil(email)).isPresent();

        throttle.unlock("orga@journees.test", email);

        assertThat(form.login(email, PASSWORD, address())).isEqualTo("/");
    }

    @Test
    void an_unknown_e_mail_is_locked_the_same_way_so_the_lock_tells_nothing() throws Exception {
        var unknown = "personne-" + System.nanoTime() + "@journees.test";
        for (int i = 0; i < 5; i++) {
            assertThat(form.login(unknown, "devine-" + i, address())).isEqualTo("/login?error");
        }
        assertThat(throttle.lockedFor(unknown, address())).isPresent();
        assertThat(throttle.lockedFor(email, address())).isEmpty();
    }

    @Test
    void an_address_that_tries_many_accounts_is_locked_for_all_of_them_but_not_others() throws Exception {
        var attacker = address();
        for (int i = 0; i < 20; i++) {
            form.login("cible" + i + "-" + System.nanoTime() + "@journees.test", "devine", attacker);
        }
        assertThat(form.login(email, PASSWORD, attacker)).isEqualTo("/login?error");
        assertThat(form.login(email, PASSWORD, address())).isEqualTo("/");
    }

    @Test
    void a_password_longer_than_bcrypt_reads_is_a_plain_refusal() throws Exception {
        assertThat(form.login(email, "é".repeat(100), address())).isEqualTo("/login?error");
        assertThat(form.login(email, PASSWORD, address())).isEqualTo("/");
    }

    @Test
    void a_login_posted_without_our_csrf_token_is_refused_even_with_the_right_password() throws Exception {
        assertThat(form.loginWithoutToken(email, PASSWORD, address())).isEqualTo("/login?error");
        assertThat(form.login(email, PASSWORD, address())).isEqualTo("/");
    }

    private static String address() {
        int n = NEXT.incrementAndGet();
        return "203.0." + (113 + n / 250 % 10) + "." + (1 + n % 250);
    }
}
