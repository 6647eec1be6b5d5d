package fr.journees.funding.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static fr.journees.db.Tables.EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

import fr.journees.event.EventStatus;
import fr.journees.event.ui.EventEditorView;
import fr.journees.funding.FunderCategory;
import fr.journees.funding.FunderDraft;
import fr.journees.funding.FundingService;
import fr.journees.security.Roles;
import fr.journees.support.KaribuTest;
import fr.journees.workshop.TestData;

/** The Financement tab of the event editor, on an event of the test's own. */
class FundingTabTest extends KaribuTest {

    @Autowired FundingService funding;
    @Autowired DSLContext dsl;

    long eventId;

    @BeforeEach
    void anEventOfOurOwn() {
        eventId = TestData.event(dsl, EventStatus.DRAFT);
    }

    @AfterEach
    void removeIt() {
        dsl.deleteFrom(EVENT).where(EVENT.ID.eq(eventId)).execute();
    }

    private void open() {
        UI.getCurrent().navigate(EventEditorView.class, EventEditorView.parameters(eventId, "financement"));
    }

    @SuppressWarnings("unchecked")
    private Grid<Object> grid() {
        return _get(Grid.class, spec -> spec.withId("funding-grid"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void organiser_adds_a_funder_and_the_self_financing_and_reads_the_computed_rates() {
        login("orga@journees.test", Roles.ORGANISER);
        open();

        _click(_get(Button.class, spec -> spec.withId("funder-new")));
        _setValue(_get(Select.class, spec -> spec.withId("funder-category")), FunderCategory.EUROPEAN_UNION);
        _setValue(_get(TextField.class, spec -> spec.withId("funder-name")), "Fonds européen de développement régional");
        _setValue(_get(TextField.class, spec -> spec.withId("funder-programmeLabel")), "FEDER 62N00007");
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("funder-amount")), new BigDecimal("910598.00"));
        _click(_get(Button.class, spec -> spec.withId("save")));
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("self-financing-amount")), new BigDecimal("607067"));
        _click(_get(Button.class, spec -> spec.withId("self-financing-save")));

        assertThat(GridKt._size(grid())).isEqualTo(2);
        assertThat(GridKt._getCellComponent(grid(), 0, "who").getElement().getTextRecursively())
                .contains("UNION EUROPÉENNE", "Fonds européen de développement régional", "FEDER 62N00007");
        assertThat(GridKt._getCellComponent(grid(), 0, "rate").getElement().getTextRecursively())
                .isEqualTo("60,00\u00A0%");
        assertThat(GridKt._getFormatted(grid(), 0, "amount")).isEqualTo("910\u00A0598,00\u00A0€");
        var table = funding.table(eventId);
        assertThat(table.total()).isEqualByComparingTo("1517665.00");
        assertThat(table.funders().get(0).rate()).isEqualByComparingTo("60.00");
        assertThat(table.selfFinancingShare()).isEqualByComparingTo("40.00");
    }

    @Test
    void a_typed_rate_the_amounts_contradict_is_pointed_out() {
        funding.add(eventId, new FunderDraft(FunderCategory.STATE, "Politique de la ville", null, null,
                new BigDecimal("3000.00"), new BigDecimal("50.00")));
        funding.add(eventId, new FunderDraft(FunderCategory.REGION, "Région", null, null,
                new BigDecimal("1000.00"), new BigDecimal("25.00")));
        login("orga@journees.test", Roles.ORGANISER);
        open();

        assertThat(_find(Paragraph.class, spec -> spec.withClasses("funding-warning"))).singleElement()
                .extracting(Paragraph::getText).asString()
                .contains("« Politique de la ville »").contains("50,00\u00A0%").contains("75,00\u00A0%");
    }

    @Test
    void a_missing_amount_is_said_at_the_field_and_nothing_is_saved() {
        login("orga@journees.test", Roles.ORGANISER);
        open();

        _click(_get(Button.class, spec -> spec.withId("funder-new")));
        _setValue(_get(TextField.class, spec -> spec.withId("funder-name")), "Ville de Bayonne");
        _click(_get(Button.class, spec -> spec.withId("save")));

        var amount = _get(BigDecimalField.class, spec -> spec.withId("funder-amount"));
        assertThat(amount.isInvalid()).isTrue();
        assertThat(amount.getErrorMessage()).isEqualTo("Ce champ est obligatoire.");
        assertThat(_get(TextField.class, spec -> spec.withId("funder-name")).getValue()).isEqualTo("Ville de Bayonne");
        assertThat(funding.lines(eventId)).isEmpty();
    }

    @Test
    void an_archived_day_shows_its_funding_read_only() {
        funding.add(eventId, new FunderDraft(FunderCategory.STATE, "Politique de la ville", null, null,
                new BigDecimal("3000.00"), null));
        TestData.archive(dsl, eventId);
        login("orga@journees.test", Roles.ORGANISER);
        open();

        assertThat(_find(Button.class, spec -> spec.withId("funder-new"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("self-financing-save"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("funding-read-only")).getText()).contains("archivée");
        assertThat(GridKt._size(grid())).isEqualTo(1);
    }

    @Test
    void a_facilitator_may_not_open_the_funding() {
        login("facilitatrice@journees.test", Roles.FACILITATOR);

        assertThatThrownBy(this::open).hasMessageContaining("Access is denied");
    }
}
