package fr.journees.directory.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import fr.journees.directory.OrganisationDraft;
import fr.journees.directory.OrganisationKind;
import fr.journees.support.BundleI18nProvider;

class OrganisationFormTest {

    OrganisationForm form;
    final List<OrganisationDraft> saved = new ArrayList<>();

    @BeforeEach
    void openAnEmptyForm() {
        BundleI18nProvider.setUpFrench();
        form = new OrganisationForm();
        UI.getCurrent().add(form);
        form.addSaveListener(e -> saved.add(e.draft()));
        form.edit(OrganisationForm.EMPTY, false);
    }

    @AfterEach
    void tearDown() {
        BundleI18nProvider.tearDown();
    }

    @Test
    void writes_what_was_typed_into_a_new_draft_with_empty_fields_left_null() {
        _setValue(field("name"), "  Hubikoop ");
        _setValue(kind(), OrganisationKind.COOPERATIVE);
        _setValue(field("territory"), "Nouvelle-Aquitaine");
        _setValue(field("email"), "contact@hubikoop.fr");
        _setValue(field("website"), "https://hubikoop.fr");
        _click(button("save"));
        assertThat(saved).containsExactly(new OrganisationDraft("Hubikoop", OrganisationKind.COOPERATIVE,
                "Nouvelle-Aquitaine", null, "contact@hubikoop.fr", null, null, "https://hubikoop.fr", null));
    }

    @Test
    void requires_a_name_says_so_in_french_and_keeps_what_was_typed() {
        _setValue(field("territory"), "Bayonne");
        _setValue(field("contact"), "Léa Etcheverry");
        _click(button("save"));
        assertThat(saved).isEmpty();
        assertThat(field("name").isInvalid()).isTrue();
        assertThat(field("name").getErrorMessage()).isEqualTo("Ce champ est obligatoire.");
        assertThat(field("name").isRequiredIndicatorVisible()).isTrue();
        assertThat(field("territory").getValue()).isEqualTo("Bayonne");
        assertThat(field("contact").getValue()).isEqualTo("Léa Etcheverry");
        assertThat(form.problem()).startsWith("Certains champs sont à corriger");
    }

    @Test
    void refuses_a_malformed_email_and_a_too_long_name_at_their_fields() {
        _setValue(field("name"), "x".repeat(301));
        _setValue(field("email"), "pas-une-adresse");
        _click(button("save"));
        assertThat(saved).isEmpty();
        assertThat(field("name").getErrorMessage()).isEqualTo("300 caractères au maximum.");
        assertThat(field("email").getErrorMessage())
                .isEqualTo("Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.");
        assertThat(field("email").getValue()).isEqualTo("pas-une-adresse");
    }

    @Test
    void shows_a_stored_organisation_and_offers_to_delete_it_but_not_a_new_one() {
        _assertNone(Button.class, spec -> spec.withId("delete"));
        form.edit(new OrganisationDraft("PQN-A", OrganisationKind.PUBLIC_BODY, "Nouvelle-Aquitaine", null, null,
                null, null, null, "Centre de ressources politique de la ville"), true);
        assertThat(field("name").getValue()).isEqualTo("PQN-A");
        assertThat(kind().getValue()).isEqualTo(OrganisationKind.PUBLIC_BODY);
        assertThat(field("email").getValue()).isEmpty();
        assertThat(button("delete").isVisible()).isTrue();
    }

    @Test
    void shows_the_kinds_in_french() {
        assertThat(kind().getItemLabelGenerator().apply(OrganisationKind.LOCAL_AUTHORITY))
                .isEqualTo("Collectivité territoriale");
        assertThat(kind().getItemLabelGenerator().apply(OrganisationKind.SCHOOL)).isEqualTo("Établissement scolaire");
    }

    @Test
    void a_name_already_taken_is_said_at_the_name_field_which_keeps_it() {
        _setValue(field("name"), "Hubikoop");
        form.showNameTaken("Une organisation porte déjà ce nom.");
        assertThat(field("name").isInvalid()).isTrue();
        assertThat(field("name").getErrorMessage()).isEqualTo("Une organisation porte déjà ce nom.");
        assertThat(field("name").getValue()).isEqualTo("Hubikoop");
    }

    private static TextField field(String property) {
        return _get(TextField.class, spec -> spec.withId("organisation-" + property));
    }

    @SuppressWarnings("unchecked")
    private static Select<OrganisationKind> kind() {
        return _get(Select.class, spec -> spec.withId("organisation-kind"));
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }
}
