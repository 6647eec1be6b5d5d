package fr.journees.funding;

import static fr.journees.db.Tables.EVENT;
import static fr.journees.db.Tables.FUNDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;

import fr.journees.event.EventNotEditable;
import fr.journees.event.EventStatus;
import fr.journees.support.JourneesSpringTest;
import fr.journees.workshop.TestData;
import jakarta.validation.ConstraintViolationException;

/** The funding of an event of the test's own, on the real MariaDB. */
@Tag("database")
@JourneesSpringTest
class FundingServiceTest {

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

    @Test
    void the_seed_table_typed_in_gives_the_seed_rates_and_total() {
        for (var line : FundingTableTest.seedTable()) {
            if (line.selfFinancing()) {
                funding.setSelfFinancing(eventId, new SelfFinancingDraft(line.amount(), line.typedRate()));
            } else {
                funding.add(eventId, new FunderDraft(line.category(), line.name(), null, "FEDER 62N00007",
                        line.amount(), line.typedRate()));
            }
        }

        var table = funding.table(eventId);

        assertThat(table.total()).isEqualByComparingTo("1517665.00");
        assertThat(table.funders()).extracting(r -> r.rate().toPlainString())
                .containsExactly("60.00", "0.66", "1.98", "0.66", "4.49", "0.97", "2.43");
        assertThat(table.selfFinancingShare()).isEqualByComparingTo("28.81");
        assertThat(table.funders()).extracting(r -> r.line().category()).containsExactly(
                FunderCategory.EUROPEAN_UNION, FunderCategory.REGION, FunderCategory.OTHER_PUBLIC,
                FunderCategory.STATE, FunderCategory.OTHER_PARTNER, FunderCategory.OTHER_PARTNER,
                FunderCategory.OTHER_PARTNER);
        assertThat(table.anyDisagreement()).isFalse();
    }

    @Test
    void a_stale_edit_is_refused_and_the_newer_amount_kept() {
        long id = funding.add(eventId, draft("Région Nouvelle-Aquitaine", "5000.00"));
        funding.update(id, 0, draft("Région Nouvelle-Aquitaine", "6000.00"));

        assertThatThrownBy(() -> funding.update(id, 0, draft("Région Nouvelle-Aquitaine", "7000.00")))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> funding.delete(id, 0)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(funding.lines(eventId)).extracting(FunderLine::amount).containsExactly(new BigDecimal("6000.00"));
    }

    @Test
    void an_amount_with_a_thousandth_or_a_negative_amount_is_refused() {
        assertThatThrownBy(() -> funding.add(eventId, draft("ANCT", "10.005")))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> funding.add(eventId, draft("ANCT", "-1.00")))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> funding.add(eventId, draft("  ", "1.00")))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(funding.lines(eventId)).isEmpty();
    }

    @Test
    void the_database_refuses_a_funder_without_category_and_a_second_self_financing_line() {
        funding.setSelfFinancing(eventId, new SelfFinancingDraft(new BigDecimal("100.00"), null));

        assertThatThrownBy(() -> dsl.insertInto(FUNDER).set(FUNDER.EVENT_ID, eventId).set(FUNDER.NAME, "Sans catégorie")
                .set(FUNDER.CATEGORY, (String) null).set(FUNDER.AMOUNT, BigDecimal.ONE).execute()).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> dsl.insertInto(FUNDER).set(FUNDER.EVENT_ID, eventId).set(FUNDER.NAME, "Bis")
                .set(FUNDER.AMOUNT, BigDecimal.ONE).set(FUNDER.SELF_FINANCING, true)
                .set(FUNDER.CATEGORY, (String) null).set(FUNDER.SELF_FINANCING_KEY, true).execute()).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void self_financing_saved_by_many_at_once_stays_one_line() throws Exception {
        int threads = 12;
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(threads);
        var results = new ArrayList<Future<?>>();
        for (int i = 0; i < threads; i++) {
            var amount = BigDecimal.valueOf(1000 + i, 0).setScale(2);
            results.add(pool.submit(() -> {
                start.await();
                funding.setSelfFinancing(eventId, new SelfFinancingDraft(amount, null));
                return null;
            }));
        }
        start.countDown();
        for (var result : results) {
            result.get();
        }
        pool.shutdown();

        assertThat(funding.lines(eventId)).filteredOn(FunderLine::selfFinancing).hasSize(1);
    }

    @Test
    void an_archived_day_keeps_its_funding() {
        long id = funding.add(eventId, draft("Ville de Bayonne", "2500.00"));
        TestData.archive(dsl, eventId);

        assertThatThrownBy(() -> funding.add(eventId, draft("Autre", "1.00"))).isInstanceOf(EventNotEditable.class);
        assertThatThrownBy(() -> funding.update(id, 0, draft("Autre", "1.00"))).isInstanceOf(EventNotEditable.class);
        assertThatThrownBy(() -> funding.setSelfFinancing(eventId, new SelfFinancingDraft(BigDecimal.TEN, null)))
                .isInstanceOf(EventNotEditable.class);
        assertThat(funding.lines(eventId)).extracting(FunderLine::name).containsExactly("Ville de Bayonne");
    }

    @Test
    void the_bayonne_demo_day_has_an_example_funding_table_that_adds_up() {
        long bayonne = dsl.select(EVENT.ID).from(EVENT).where(EVENT.SLUG.eq("visite-bayonne-2024")).fetchSingle(EVENT.ID);

        var table = funding.table(bayonne);

        assertThat(table.total()).isEqualByComparingTo("12000.00");
        assertThat(table.rows()).extracting(r -> r.rate().toPlainString())
                .containsExactly("37.50", "25.00", "20.00", "10.00", "7.50");
        assertThat(table.funders()).allSatisfy(r -> assertThat(r.line().name()).endsWith("(exemple)"));
        assertThat(table.funders().get(3).line().organisationName()).isEqualTo("La Fibre64");
    }

    static FunderDraft draft(String name, String amount) {
        return new FunderDraft(FunderCategory.OTHER_PUBLIC, name, null, null, new BigDecimal(amount), null);
    }
}
