package fr.journees.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.web.WebAttributes;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.server.VaadinServletRequest;

import fr.journees.support.KaribuTest;

/** What people see of a locked login: the French message at the form, the state and the unlock for organisers. */
class LoginLockViewsTest extends KaribuTest {

    @Autowired AccountService accounts;
    @Autowired LoginThrottle throttle;

    @Test
    void a_throttled_login_says_to_wait_without_saying_whether_the_account_exists() {
        VaadinServletRequest.getCurrent().getHttpServletRequest().getSession()
                .setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new LoginThrottled(Duration.ofSeconds(61)));
        UI.getCurrent().navigate("login", com.vaadin.flow.router.QueryParameters.of("error", ""));

        var form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n")))
                .contains("Trop de tentatives de connexion", "attendez 2 min")
                .doesNotContain("incorrect");
    }

    @Test
    void an_organiser_sees_the_lock_and_lifts_it() {
        var email = "verrou-" + System.nanoTime() + "@journees.test";
        accounts.create(new NewAccount(email, "Aaa Verrouillé " + System.nanoTime(), Set.of(Roles.FACILITATOR),
                false), "un-secret-de-test-2026");
        for (int i = 0; i < 5; i++) {
            throttle.failed(email, "198.18.0." + i);
        }
        login("orga@journees.test", Roles.ORGANISER);
        UI.getCurrent().navigate("comptes");

        @SuppressWarnings("unchecked")
        Grid<AccountSummary> grid = _get(Grid.class, s -> s.withId("accounts-grid"));
        int row = -1;
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._get(grid, i).email().equals(email)) {
                row = i;
            }
        }
        assertThat(row).isNotNegative();
        assertThat(GridKt._getFormattedRow(grid, row)).contains("Connexion bloquée");
        grid.select(GridKt._get(grid, row));
        _click(_get(Button.class, s -> s.withId("account-unlock")));

        assertThat(throttle.lockedUntil(email)).isEmpty();
        assertThat(throttle.lockedFor(email, "198.18.0.9")).isEmpty();
    }
}
