package fr.journees.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;

import fr.journees.event.ui.HomeView;
import fr.journees.security.AccountRepository;
import fr.journees.security.AccountService;
import fr.journees.security.NewAccount;
import fr.journees.security.Roles;
import fr.journees.support.KaribuTest;

class ChangePasswordViewTest extends KaribuTest {

    @Autowired AccountService accountService;
    @Autowired AccountRepository accounts;
    @Autowired PasswordEncoder passwordEncoder;

    String email;

    @BeforeEach
    void createAccountWithOneTimePassword() {
        email = "provisoire-" + UUID.randomUUID() + "@journees.test";
        accountService.create(new NewAccount(email, "Compte provisoire", Set.of(Roles.ORGANISER), true),
                "provisoire-123");
        login(email, Roles.ORGANISER);
    }

    @Test
    void a_one_time_password_leads_to_the_password_change_before_anything_else() {
        UI.getCurrent().navigate(HomeView.class);
        _assertOne(ChangePasswordView.class);
    }

    @Test
    void the_new_password_replaces_the_one_time_password_and_opens_the_application() {
        UI.getCurrent().navigate(ChangePasswordView.class);
        fill("provisoire-123", "un-vrai-secret-2026", "un-vrai-secret-2026");
        _click(_get(Button.class, spec -> spec.withId("save-password")));
        assertThat(accountService.mustChangePassword(email)).isFalse();
        assertThat(passwordEncoder.matches("un-vrai-secret-2026",
                accounts.findCredentials(email).orElseThrow().passwordHash())).isTrue();
        _assertOne(HomeView.class);
    }

    @Test
    void a_wrong_current_password_is_refused_with_a_french_message_and_the_typing_is_kept() {
        UI.getCurrent().navigate(ChangePasswordView.class);
        fill("pas-le-bon-mot", "un-vrai-secret-2026", "un-vrai-secret-2026");
        _click(_get(Button.class, spec -> spec.withId("save-password")));
        var current = _get(PasswordField.class, spec -> spec.withId("current-password"));
        assertThat(current.isInvalid()).isTrue();
        assertThat(current.getErrorMessage()).isEqualTo("Le mot de passe actuel est incorrect.");
        assertThat(_get(PasswordField.class, spec -> spec.withId("new-password")).getValue())
                .isEqualTo("un-vrai-secret-2026");
        assertThat(accountService.mustChangePassword(email)).isTrue();
    }

    @Test
    void a_confirmation_that_differs_is_refused() {
        UI.getCurrent().navigate(ChangePasswordView.class);
        fill("provisoire-123", "un-vrai-secret-2026", "un-autre-secret-2026");
        _click(_get(Button.class, spec -> spec.withId("save-password")));
        assertThat(_get(PasswordField.class, spec -> spec.withId("confirm-password")).isInvalid()).isTrue();
        assertThat(accountService.mustChangePassword(email)).isTrue();
    }

    private void fill(String current, String fresh, String confirmation) {
        _setValue(_get(PasswordField.class, spec -> spec.withId("current-password")), current);
        _setValue(_get(PasswordField.class, spec -> spec.withId("new-password")), fresh);
        _setValue(_get(PasswordField.class, spec -> spec.withId("confirm-password")), confirmation);
    }
}
