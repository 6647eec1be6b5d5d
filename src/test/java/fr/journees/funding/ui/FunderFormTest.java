package fr.journees.funding.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

import fr.journees.base.ui.Choice;
import fr.journees.funding.FunderCategory;
import fr.journees.funding.FunderDraft;
import fr.journees.support.BundleI18nProvider;

/** The funder line form, without Spring: its rules are the draft record's. */
class FunderFormTest {

    FunderForm form;
    final List<FunderDraft> saved = new ArrayList<>();

    @BeforeEach
    void openAnEmptyForm() {
        BundleI18nProvider.setUpFrench();
        form = new FunderForm((filter, offset, limit) -> List.of(new Choice(7, "La Fibre64")).subList(0,
                Math.min(1, limit)), filter -> 1);
        UI.getCurrent().add(form);
        form.addSaveListener(e -> saved.add(e.draft()));
        form.create();
    }

    @AfterEach
    void tearDown() {
        BundleI18nProvider.tearDown();
    }

    private BigDecimalField number(String property) {
        return _get(BigDecimalField.class, spec -> spec.withId("funder-" + property));
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_complete_line_is_saved_as_typed() {
        _setValue(_get(Select.class, spec -> spec.withId("funder-category")), FunderCategory.EUROPEAN_UNION);
        _setValue(_get(TextField.class, spec -> spec.withId("funder-name")), "  FEDER  ");
        _setValue(_get(TextField.class, spec -> spec.withId("funder-programmeLabel")), "FEDER 62N00007");
        _setValue(number("amount"), new BigDecimal("910598.00"));
        _setValue(number("typedRate"), new BigDecimal("60.00"));
        _click(_get(Button.class, spec -> spec.withId("save")));

        assertThat(saved).containsExactly(new FunderDraft(FunderCategory.EUROPEAN_UNION, "FEDER", null,
                "FEDER 62N00007", new BigDecimal("910598.00"), new BigDecimal("60.00")));
    }

    @Test
    void a_thousandth_of_a_euro_and_a_rate_over_100_are_refused_at_their_fields_and_kept() {
        _setValue(_get(TextField.class, spec -> spec.withId("funder-name")), "Ville de Bayonne");
        _setValue(number("amount"), new BigDecimal("10.005"));
        _setValue(number("typedRate"), new BigDecimal("120"));
        _click(_get(Button.class, spec -> spec.withId("save")));

        assertThat(saved).isEmpty();
        assertThat(number("amount").isInvalid()).isTrue();
        assertThat(number("amount").getErrorMessage()).startsWith("Au plus deux chiffres après la virgule");
        assertThat(number("typedRate").getErrorMessage()).isEqualTo("Saisissez une valeur inférieure ou égale à 100.00.");
        assertThat(number("amount").getValue()).isEqualByComparingTo("10.005");
        assertThat(form.problem()).startsWith("Certains champs sont à corriger");
    }
}
