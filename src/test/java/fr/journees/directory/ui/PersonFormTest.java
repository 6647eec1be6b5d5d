package fr.journees.directory.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.DataProvider;

import fr.journees.directory.OrganisationKind;
import fr.journees.directory.OrganisationOption;
import fr.journees.directory.PersonDraft;
import fr.journees.support.BundleI18nProvider;

class PersonFormTest {

    static final OrganisationOption HUBIKOOP = new OrganisationOption(7, "Hubikoop", OrganisationKind.COOPERATIVE);
    static final OrganisationOption CSW = new OrganisationOption(9, "Collectif Social Web", OrganisationKind.ASSOCIATION);
    static final List<OrganisationOption> ORGANISATIONS = List.of(CSW, HUBIKOOP);

    PersonForm form;
    final List<PersonDraft> saved = new ArrayList<>();
    final List<String> filtersAsked = new ArrayList<>();

    @BeforeEach
    void openAnEmptyForm() {
        BundleI18nProvider.setUpFrench();
        var organisations = DataProvider.<OrganisationOption, String>fromFilteringCallbacks(
                query -> {
                    var filter = query.getFilter().orElse("");
                    filtersAsked.add(filter);
                    return matching(filter).stream().skip(query.getOffset()).limit(query.getLimit());
                },
                query -> matching(query.getFilter().orElse("")).size());
        form = new PersonForm(organisations,
                id -> ORGANISATIONS.stream().filter(o -> o.id() == id).findFirst());
        UI.getCurrent().add(form);
        form.addSaveListener(e -> saved.add(e.draft()));
        form.edit(PersonForm.EMPTY, false);
    }

    @AfterEach
    void tearDown() {
        BundleI18nProvider.tearDown();
    }

    @Test
    void writes_the_name_function_and_chosen_organisation_into_the_draft() {
        _setValue(field("fullName"), "Virginie Sabourin");
        _setValue(field("functionLine"), "médiatrice numérique");
        ComboBoxKt.setUserInput(organisation(), "social");
        assertThat(ComboBoxKt.getSuggestions(organisation())).containsExactly("Collectif Social Web");
        assertThat(filtersAsked).contains("social");
        _setValue(organisation(), CSW);
        _click(button("save"));
        assertThat(saved).containsExactly(new PersonDraft("Virginie Sabourin", "médiatrice numérique", 9L));
    }

    @Test
    void a_person_may_have_no_organisation() {
        _setValue(field("fullName"), "Alexandre Proust");
        _click(button("save"));
        assertThat(saved).containsExactly(new PersonDraft("Alexandre Proust", null, null));
    }

    @Test
    void requires_a_full_name_and_keeps_the_rest() {
        _setValue(field("functionLine"), "conseiller médiateur numérique");
        _setValue(organisation(), HUBIKOOP);
        _click(button("save"));
        assertThat(saved).isEmpty();
        assertThat(field("fullName").getErrorMessage()).isEqualTo("Ce champ est obligatoire.");
        assertThat(field("functionLine").getValue()).isEqualTo("conseiller médiateur numérique");
        assertThat(organisation().getValue()).isEqualTo(HUBIKOOP);
    }

    @Test
    void shows_the_organisation_of_a_stored_person() {
        form.edit(new PersonDraft("Arnaud Léchit", "chargé de mission", 7L), true);
        assertThat(organisation().getValue()).isEqualTo(HUBIKOOP);
        assertThat(field("fullName").getValue()).isEqualTo("Arnaud Léchit");
    }

    private static List<OrganisationOption> matching(String filter) {
        return ORGANISATIONS.stream().filter(o -> o.name().toLowerCase().contains(filter.toLowerCase())).toList();
    }

    private static TextField field(String property) {
        return _get(TextField.class, spec -> spec.withId("person-" + property));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<OrganisationOption> organisation() {
        return _get(ComboBox.class, spec -> spec.withId("person-organisation"));
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }
}
