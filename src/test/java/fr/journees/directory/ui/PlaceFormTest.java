package fr.journees.directory.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import fr.journees.directory.PlaceDraft;
import fr.journees.support.BundleI18nProvider;

class PlaceFormTest {

    PlaceForm form;
    final List<PlaceDraft> saved = new ArrayList<>();

    @BeforeEach
    void openAnEmptyForm() {
        BundleI18nProvider.setUpFrench();
        form = new PlaceForm();
        UI.getCurrent().add(form);
        form.addSaveListener(e -> saved.add(e.draft()));
        form.edit(PlaceForm.EMPTY, false);
        _setValue(_get(TextField.class, spec -> spec.withId("place-name")), "Cyberbase");
    }

    @AfterEach
    void tearDown() {
        BundleI18nProvider.tearDown();
    }

    @Test
    void a_latitude_without_longitude_is_refused_at_the_longitude_and_kept() {
        _setValue(coordinate("latitude"), new BigDecimal("43.4929"));
        _click(button("save"));
        assertThat(saved).isEmpty();
        assertThat(coordinate("longitude").isInvalid()).isTrue();
        assertThat(coordinate("longitude").getErrorMessage())
                .isEqualTo("Indiquez aussi la longitude, ou effacez la latitude.");
        assertThat(coordinate("latitude").getValue()).isEqualByComparingTo("43.4929");
    }

    @Test
    void a_longitude_without_latitude_is_refused_at_the_latitude() {
        _setValue(coordinate("longitude"), new BigDecimal("-1.4748"));
        _click(button("save"));
        assertThat(saved).isEmpty();
        assertThat(coordinate("latitude").getErrorMessage())
                .isEqualTo("Indiquez aussi la latitude, ou effacez la longitude.");
    }

    @Test
    void both_coordinates_or_neither_are_saved() {
        _click(button("save"));
        _setValue(coordinate("latitude"), new BigDecimal("43.4929"));
        _setValue(coordinate("longitude"), new BigDecimal("-1.4748"));
        _click(button("save"));
        assertThat(saved).extracting(PlaceDraft::latitude, PlaceDraft::longitude).containsExactly(
                tuple(null, null), tuple(new BigDecimal("43.4929"), new BigDecimal("-1.4748")));
    }

    @Test
    void a_latitude_beyond_the_pole_is_refused_in_french() {
        _setValue(coordinate("latitude"), new BigDecimal("91"));
        _setValue(coordinate("longitude"), new BigDecimal("-1.4748"));
        _click(button("save"));
        assertThat(saved).isEmpty();
        assertThat(coordinate("latitude").getErrorMessage())
                .isEqualTo("Saisissez une valeur inférieure ou égale à 90.");
    }

    @Test
    void facts_are_added_edited_moved_and_removed_in_order() {
        addFact("Premier");
        addFact("Deuxième");
        addFact("Troisième");
        _click(button("place-fact-2-up"));
        assertThat(facts()).containsExactly("Premier", "Troisième", "Deuxième");
        _click(button("place-fact-0-down"));
        assertThat(facts()).containsExactly("Troisième", "Premier", "Deuxième");
        _click(button("place-fact-1-remove"));
        _setValue(fact(0), "Troisième, corrigé");
        _click(button("place-fact-add"));
        _click(button("save"));
        assertThat(saved).singleElement().extracting(PlaceDraft::facts).asInstanceOf(LIST)
                .containsExactly("Troisième, corrigé", "Deuxième");
    }

    @Test
    void the_first_fact_cannot_go_up_nor_the_last_go_down() {
        addFact("Seul");
        assertThat(button("place-fact-0-up").isEnabled()).isFalse();
        assertThat(button("place-fact-0-down").isEnabled()).isFalse();
        assertThat(button("place-fact-0-remove").isEnabled()).isTrue();
    }

    @Test
    void shows_the_facts_of_a_stored_place_in_order() {
        form.edit(new PlaceDraft("Collège Albert Camus", null, null, null, null, null, null,
                List.of("Chef de file de la Cité éducative", "Une trentaine de nationalités")), true);
        assertThat(facts()).containsExactly("Chef de file de la Cité éducative", "Une trentaine de nationalités");
        assertThat(fact(1).getLabel()).isEqualTo("Anecdote 2");
    }

    @Test
    void only_the_name_is_marked_required() {
        assertThat(_get(TextField.class, spec -> spec.withId("place-name")).isRequiredIndicatorVisible()).isTrue();
        assertThat(_get(FactsField.class).isRequiredIndicatorVisible()).isFalse();
        assertThat(coordinate("latitude").isRequiredIndicatorVisible()).isFalse();
    }

    @Test
    void shows_stored_coordinates_without_the_trailing_zeros_of_the_database() {
        form.edit(new PlaceDraft("Collège Albert Camus", null, null, new BigDecimal("43.502100"),
                new BigDecimal("-1.459800"), null, null, List.of()), true);
        assertThat(coordinate("latitude").getValue().toPlainString()).isEqualTo("43.5021");
        assertThat(coordinate("longitude").getValue().toPlainString()).isEqualTo("-1.4598");
    }

    private void addFact(String text) {
        _click(button("place-fact-add"));
        _setValue(fact(facts().size() - 1), text);
    }

    private static List<String> facts() {
        return _find(TextArea.class).stream().filter(t -> t.getId().orElse("").startsWith("place-fact-"))
                .map(TextArea::getValue).toList();
    }

    private static TextArea fact(int index) {
        return _get(TextArea.class, spec -> spec.withId("place-fact-" + index));
    }

    private static BigDecimalField coordinate(String property) {
        return _get(BigDecimalField.class, spec -> spec.withId("place-" + property));
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }
}
