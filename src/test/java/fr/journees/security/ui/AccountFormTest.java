package fr.journees.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

import fr.journees.support.BundleI18nProvider;
import fr.journees.security.AccountChangeRefused;
import fr.journees.security.AccountDraft;
import fr.journees.security.AccountSummary;
import fr.journees.security.Roles;

/** The form alone, without Spring, speaking French through the application's bundles. */
class AccountFormTest {

    AccountForm form;
    List<AccountDraft> saved = new ArrayList<>();

    @BeforeEach
    void setUp() {
        BundleI18nProvider.setUpFrench();
        form = new AccountForm();
        form.addSaveListener(e -> saved.add(e.draft()));
        UI.getCurrent().add(form);
    }

    @AfterEach
    void tearDown() {
        BundleI18nProvider.tearDown();
    }

    @Test
    void a_new_account_is_a_facilitator_by_default() {
        form.create();
        assertThat(roles().getValue()).containsExactly(Roles.FACILITATOR);
        assertThat(email().isReadOnly()).isFalse();
    }

    @Test
    void saves_the_typed_account() {
        form.create();
        _setValue(email(), "claire@centre.example");
        _setValue(name(), "Claire");
        _setValue(roles(), Set.of(Roles.ORGANISER, Roles.FACILITATOR));
        _click(save());
        assertThat(saved).containsExactly(new AccountDraft("claire@centre.example", "Claire",
                Set.of(Roles.ORGANISER, Roles.FACILITATOR)));
    }

    @Test
    void an_empty_name_and_no_role_are_refused_at_their_fields_and_nothing_is_saved() {
        form.create();
        _setValue(email(), "claire@centre.example");
        _setValue(roles(), Set.of());
        _click(save());
        assertThat(saved).isEmpty();
        assertThat(name().isInvalid()).isTrue();
        assertThat(name().getErrorMessage()).isEqualTo("Indiquez le nom affiché de la personne.");
        assertThat(roles().isInvalid()).isTrue();
        assertThat(email().getValue()).isEqualTo("claire@centre.example");
    }

    @Test
    void a_malformed_email_is_refused() {
        form.create();
        _setValue(email(), "claire-at-centre");
        _setValue(name(), "Claire");
        _click(save());
        assertThat(saved).isEmpty();
        assertThat(email().isInvalid()).isTrue();
    }

    @Test
    void editing_keeps_the_email_read_only_and_shows_the_account() {
        form.edit(new AccountSummary(7, "anim@centre.example", "Animateur", List.of(Roles.FACILITATOR), true, false,
                LocalDateTime.now(), 3));
        assertThat(email().isReadOnly()).isTrue();
        assertThat(name().getValue()).isEqualTo("Animateur");
        assertThat(form.editing().version()).isEqualTo(3);
    }

    @Test
    void a_refusal_lands_on_the_field_it_concerns_and_a_conflict_keeps_the_typing() {
        form.create();
        _setValue(email(), "pris@centre.example");
        _setValue(name(), "Quelqu’un");
        form.refused(AccountChangeRefused.Reason.EMAIL_TAKEN);
        assertThat(email().isInvalid()).isTrue();
        assertThat(email().getErrorMessage()).isEqualTo("Un compte utilise déjà cette adresse e-mail.");

        form.conflict();
        assertThat(_get(Paragraph.class, s -> s.withId("account-form-problem")).getText())
                .startsWith("Quelqu’un d’autre a modifié ce compte");
        assertThat(name().getValue()).isEqualTo("Quelqu’un");
    }

    private EmailField email() {
        return _get(EmailField.class, s -> s.withId("account-email"));
    }

    private TextField name() {
        return _get(TextField.class, s -> s.withId("account-name"));
    }

    @SuppressWarnings("unchecked")
    private CheckboxGroup<String> roles() {
        return _get(CheckboxGroup.class, s -> s.withId("account-roles"));
    }

    private Button save() {
        return _get(Button.class, s -> s.withId("account-save"));
    }
}
