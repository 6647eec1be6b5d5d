package fr.journees.registration.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import fr.journees.base.ui.Choice;
import fr.journees.registration.Departement;
import fr.journees.registration.RegistrationRequest;
import fr.journees.registration.RegistrationStatus;
import fr.journees.registration.RegistrationView;
import fr.journees.registration.StructureKind;
import fr.journees.support.BundleI18nProvider;

class RegistrationFormTest {

    static final List<Choice> ITINERARIES = List.of(new Choice(11, "Parcours A (4 places)"),
            new Choice(12, "Parcours B (complet)"));
    static final List<Choice> WORKSHOPS = List.of(new Choice(21, "Atelier inclusion"), new Choice(22, "Atelier tiers-lieux"));

    RegistrationForm form;

    @BeforeEach
    void openTheAddForm() {
        BundleI18nProvider.setUpFrench();
        form = new RegistrationForm(ITINERARIES, WORKSHOPS, true, true);
        UI.getCurrent().add(form);
    }

    @AfterEach
    void tearDown() {
        BundleI18nProvider.tearDown();
    }

    @Test
    void reads_what_was_typed_into_the_request_with_the_language_given() {
        _setValue(text("firstName"), "  Léa ");
        _setValue(text("lastName"), "Etcheverry");
        _setValue(email(), "lea@example.org");
        _setValue(select("itinerary"), ITINERARIES.get(1));
        _setValue(consent(), true);

        var request = form.read("en").orElseThrow();

        assertThat(request).isEqualTo(new RegistrationRequest("Léa", "Etcheverry", "lea@example.org", null, null,
                null, null, 12L, null, false, null, null, true, false, "en", null, null));
    }

    @Test
    void a_name_too_long_is_said_at_the_field_in_french_and_what_was_typed_stays() {
        var longName = "A".repeat(101);
        _setValue(text("firstName"), longName);
        _setValue(text("lastName"), "Etcheverry");
        _setValue(email(), "lea@example.org");
        _setValue(consent(), true);

        assertThat(form.read("fr")).isEmpty();

        assertThat(text("firstName").isInvalid()).isTrue();
        assertThat(text("firstName").getErrorMessage()).isEqualTo("100 caractères au maximum.");
        assertThat(text("firstName").getValue()).isEqualTo(longName);
        assertThat(text("lastName").isInvalid()).isFalse();
        assertThat(email().getValue()).isEqualTo("lea@example.org");
    }

    @Test
    void requires_the_names_and_the_address() {
        _setValue(consent(), true);

        assertThat(form.read("fr")).isEmpty();

        assertThat(text("firstName").getErrorMessage()).isEqualTo("Ce champ est obligatoire.");
        assertThat(text("lastName").getErrorMessage()).isEqualTo("Ce champ est obligatoire.");
        assertThat(email().getErrorMessage()).isEqualTo("Ce champ est obligatoire.");
        assertThat(text("firstName").isRequiredIndicatorVisible()).isTrue();
        assertThat(text("phone").isRequiredIndicatorVisible()).isFalse();
        assertThat(_get(Checkbox.class, s -> s.withId("registration-lunch")).isRequiredIndicatorVisible()).isFalse();
    }

    @Test
    void the_first_wrong_field_gets_the_focus_not_merely_the_first_field() {
        _setValue(text("firstName"), "Léa");
        _setValue(email(), "lea@example.org");
        _setValue(consent(), true);
        var internals = UI.getCurrent().getInternals();
        internals.dumpPendingJavaScriptInvocations();

        assertThat(form.read("fr")).isEmpty();
        internals.getStateTree().runExecutionsBeforeClientResponse();

        var focused = internals.dumpPendingJavaScriptInvocations().stream()
                .filter(js -> js.getInvocation().getExpression().contains("focus"))
                .map(js -> js.getOwner()).toList();
        assertThat(focused).containsExactly(text("lastName").getElement().getNode());
    }

    @Test
    void a_bad_address_says_what_an_address_looks_like() {
        fillTheRequired();
        _setValue(email(), "lea@example");

        assertThat(form.read("fr")).isEmpty();

        assertThat(email().isInvalid()).isTrue();
        assertThat(email().getErrorMessage())
                .isEqualTo("Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.");
        assertThat(email().getValue()).isEqualTo("lea@example");
    }

    @Test
    void the_consent_must_be_ticked_and_says_why() {
        fillTheRequired();
        _setValue(consent(), false);

        assertThat(form.read("fr")).isEmpty();

        assertThat(consent().isInvalid()).isTrue();
        assertThat(consent().getErrorMessage()).isEqualTo("Votre accord est nécessaire pour traiter votre inscription.");
        assertThat(text("firstName").getValue()).isEqualTo("Léa");
    }

    @Test
    void says_it_in_english_to_an_english_user() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        form = new RegistrationForm(ITINERARIES, WORKSHOPS, true, true);
        UI.getCurrent().removeAll();
        UI.getCurrent().add(form);
        _setValue(text("firstName"), "A".repeat(101));
        _setValue(email(), "lea@");

        assertThat(form.read("en")).isEmpty();

        assertThat(text("firstName").getErrorMessage()).isEqualTo("100 characters at most.");
        assertThat(text("lastName").getErrorMessage()).isEqualTo("This field is required.");
        assertThat(email().getErrorMessage()).isEqualTo("Enter a valid e-mail address, for example name@example.org.");
        assertThat(consent().getErrorMessage()).isEqualTo("We need your agreement to process your registration.");
    }

    @Test
    void an_edit_keeps_every_value_of_the_registration_and_its_consent() {
        form = new RegistrationForm(ITINERARIES, WORKSHOPS, true, false);
        UI.getCurrent().removeAll();
        UI.getCurrent().add(form);
        assertThat(form.getChildren().filter(c -> "registration-consentData".equals(c.getId().orElse(null))))
                .isEmpty();
        var stored = view();

        form.fill(stored);
        var request = form.read(stored.language()).orElseThrow();

        assertThat(request).isEqualTo(new RegistrationRequest("Amaia", "Iriarte", "amaia@example.org",
                "06 12 34 56 78", "Hubikoop", "médiatrice", "Pays basque", 12L, 21L, true, "végétarien",
                "rampe d’accès", true, true, "en",
                StructureKind.ASSOCIATION, "64"));
        assertThat(select("itinerary").getValue().id()).isEqualTo(12);
        assertThat(_get(ComboBox.class, s -> s.withId("registration-departement")).getValue())
                .isEqualTo(Departement.of("64").orElseThrow());
        assertThat(_get(TextArea.class, s -> s.withId("registration-dietary")).getValue()).isEqualTo("végétarien");
    }

    @Test
    void no_preference_is_no_id() {
        fillTheRequired();
        _setValue(select("itinerary"), ITINERARIES.get(0));
        _setValue(select("itinerary"), null);

        assertThat(form.read("fr").orElseThrow().preferredItineraryId()).isNull();
    }

    private void fillTheRequired() {
        _setValue(text("firstName"), "Léa");
        _setValue(text("lastName"), "Etcheverry");
        _setValue(email(), "lea@example.org");
        _setValue(consent(), true);
    }

    private static RegistrationView view() {
        return new RegistrationView(5, 1, "token", "Amaia", "Iriarte", "amaia@example.org", "06 12 34 56 78",
                "Hubikoop", "médiatrice", "Pays basque", 12L, 21L, 12L, "Parcours B", 21L, "Atelier inclusion", true,
                "végétarien", "rampe d’accès", true, RegistrationStatus.CONFIRMED, "en", null, 3,
                LocalDateTime.of(2027, 3, 1, 10, 0), "ABC123", null, StructureKind.ASSOCIATION, "64", null);
    }

    private static TextField text(String name) {
        return _get(TextField.class, s -> s.withId("registration-" + name));
    }

    private static EmailField email() {
        return _get(EmailField.class, s -> s.withId("registration-email"));
    }

    private static Checkbox consent() {
        return _get(Checkbox.class, s -> s.withId("registration-consentData"));
    }

    @SuppressWarnings("unchecked")
    private static Select<Choice> select(String name) {
        return _get(Select.class, s -> s.withId("registration-" + name));
    }
}
