package fr.journees.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static fr.journees.db.Tables.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

import fr.journees.security.AccountDraft;
import fr.journees.security.AccountService;
import fr.journees.security.AccountSummary;
import fr.journees.security.Roles;
import fr.journees.support.KaribuTest;

class AccountsViewTest extends KaribuTest {

    @Autowired AccountService accounts;
    @Autowired DSLContext dsl;

    /** In the e-mail of every account the test creates, removed afterwards. */
    String marker = "vue-comptes-" + UUID.randomUUID();

    @AfterEach
    void removeTheTestsAccounts() {
        dsl.deleteFrom(ACCOUNT).where(ACCOUNT.EMAIL.contains(marker)).execute();
    }

    @Test
    @SuppressWarnings("unchecked")
    void organiser_creates_a_facilitator_and_sees_the_one_time_password_once() {
        login("orga@journees.test", Roles.ORGANISER);
        UI.getCurrent().navigate(AccountsView.class);
        var email = "invitee-" + marker + "@journees.test";

        _click(_get(Button.class, s -> s.withId("account-new")));
        _setValue(_get(EmailField.class, s -> s.withId("account-email")), email);
        _setValue(_get(TextField.class, s -> s.withId("account-name")), "Invitée");
        _click(_get(Button.class, s -> s.withId("account-save")));

        var password = _get(TextField.class, s -> s.withId("one-time-password")).getValue();
        assertThat(password).hasSizeGreaterThanOrEqualTo(AccountService.MINIMUM_PASSWORD_LENGTH);
        assertThat(accounts.mustChangePassword(email)).isTrue();
        _click(_get(Button.class, s -> s.withId("one-time-password-close")));
        _assertNone(TextField.class, s -> s.withId("one-time-password"));
        Grid<AccountSummary> grid = _get(Grid.class, s -> s.withId("accounts-grid"));
        assertThat(GridKt._findAll(grid)).extracting(AccountSummary::email).contains(email);
    }

    @Test
    void organiser_disables_an_account_and_resets_a_password() {
        login("orga@journees.test", Roles.ORGANISER);
        var account = facilitator();
        UI.getCurrent().navigate(AccountsView.class);

        select(account);
        _click(_get(Button.class, s -> s.withId("account-toggle")));
        assertThat(accounts.summary(account.id()).orElseThrow().enabled()).isFalse();

        select(account);
        _click(_get(Button.class, s -> s.withId("account-reset")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, s -> s.withId("account-reset-confirm")));
        assertThat(_get(TextField.class, s -> s.withId("one-time-password")).getValue()).isNotBlank();
        assertThat(accounts.mustChangePassword(account.email())).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_organiser_removing_their_own_organiser_role_gets_a_french_message_at_the_roles() {
        var me = accounts.createWithOneTimePassword(new AccountDraft("moi-" + marker + "@journees.test",
                "Moi", Set.of(Roles.ORGANISER)));
        accounts.changeOwnPassword(me.email(), me.password(), "mon-secret-2026");
        login(me.email(), Roles.ORGANISER);
        UI.getCurrent().navigate(AccountsView.class);

        select(accounts.summary(me.accountId()).orElseThrow());
        var roles = (CheckboxGroup<String>) _get(CheckboxGroup.class, s -> s.withId("account-roles"));
        _setValue(roles, Set.of(Roles.FACILITATOR));
        _click(_get(Button.class, s -> s.withId("account-save")));

        assertThat(roles.isInvalid()).isTrue();
        assertThat(roles.getErrorMessage()).isEqualTo("Vous ne pouvez pas retirer votre propre rôle d’organisateur·rice.");
        assertThat(roles.getValue()).containsExactly(Roles.FACILITATOR);
        assertThat(accounts.summary(me.accountId()).orElseThrow().roles()).containsExactly(Roles.ORGANISER);
    }

    @Test
    void a_change_made_meanwhile_by_someone_else_is_reported_and_the_typing_kept() {
        login("orga@journees.test", Roles.ORGANISER);
        var account = facilitator();
        UI.getCurrent().navigate(AccountsView.class);
        select(account);
        _setValue(_get(TextField.class, s -> s.withId("account-name")), "Ma version");

        accounts.update("orga@journees.test", account.id(), account.version(), "Sa version", Set.of(Roles.FACILITATOR));
        _click(_get(Button.class, s -> s.withId("account-save")));

        assertThat(_get(Paragraph.class, s -> s.withId("account-form-problem")).getText())
                .startsWith("Quelqu’un d’autre a modifié ce compte");
        assertThat(_get(TextField.class, s -> s.withId("account-name")).getValue()).isEqualTo("Ma version");
        assertThat(accounts.summary(account.id()).orElseThrow().displayName()).isEqualTo("Sa version");
    }

    @Test
    void a_facilitator_is_refused() {
        login("anim@journees.test", Roles.FACILITATOR);
        assertThatThrownBy(() -> UI.getCurrent().navigate(AccountsView.class))
                .hasMessageContaining("Access is denied");
    }

    @SuppressWarnings("unchecked")
    private void select(AccountSummary account) {
        Grid<AccountSummary> grid = _get(Grid.class, s -> s.withId("accounts-grid"));
        int row = IntStream.range(0, GridKt._size(grid))
                .filter(i -> GridKt._get(grid, i).id() == account.id()).findFirst().orElseThrow();
        GridKt._selectRow(grid, row);
    }

    private AccountSummary facilitator() {
        var issued = accounts.createWithOneTimePassword(new AccountDraft("anim-" + marker + "@journees.test",
                "Animatrice " + UUID.randomUUID(), Set.of(Roles.FACILITATOR)));
        return accounts.summary(issued.accountId()).orElseThrow();
    }
}
