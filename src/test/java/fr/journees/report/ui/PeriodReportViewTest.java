package fr.journees.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;

import fr.journees.security.Roles;
import fr.journees.support.KaribuTest;

/** The period report screen. */
class PeriodReportViewTest extends KaribuTest {

    @Test
    void offers_this_years_spreadsheet_and_refuses_a_period_that_ends_before_it_starts() {
        login("orga@journees.test", Roles.ORGANISER);
        UI.getCurrent().navigate(PeriodReportView.class);

        var year = LocalDate.now().getYear();
        assertThat(_get(PeriodReportView.class).fileName()).isEqualTo("bilan-" + year + "-01-01-" + year + "-12-31.xlsx");
        assertThat(_get(Anchor.class, spec -> spec.withId("period-download")).isEnabled()).isTrue();

        _setValue(_get(DatePicker.class, spec -> spec.withId("period-to")), LocalDate.of(year - 1, 6, 30));

        var to = _get(DatePicker.class, spec -> spec.withId("period-to"));
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("La fin de la période doit venir après son début.");
        assertThat(_get(Anchor.class, spec -> spec.withId("period-download")).isEnabled()).isFalse();
    }

    @Test
    void a_facilitator_may_not_open_it() {
        login("facilitatrice@journees.test", Roles.FACILITATOR);

        assertThatThrownBy(() -> UI.getCurrent().navigate(PeriodReportView.class))
                .hasMessageContaining("Access is denied");
    }
}
