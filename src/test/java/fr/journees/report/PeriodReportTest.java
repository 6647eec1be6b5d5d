package fr.journees.report;

import static fr.journees.db.Tables.EVENT;
import static fr.journees.db.Tables.REGISTRATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.journees.event.EventStatus;
import fr.journees.funding.FunderCategory;
import fr.journees.funding.FunderDraft;
import fr.journees.funding.FundingService;
import fr.journees.funding.SelfFinancingDraft;
import fr.journees.support.JourneesSpringTest;
import fr.journees.workshop.TestData;

/** A year of days of the test's own (2093, a year no other test uses), summed up. */
@Tag("database")
@JourneesSpringTest
class PeriodReportTest {

    static final LocalDate FROM = LocalDate.of(2093, 1, 1);
    static final LocalDate TO = LocalDate.of(2093, 12, 31);

    @Autowired PeriodReportService reports;
    @Autowired FundingService funding;
    @Autowired DSLContext dsl;

    final List<Long> days = new ArrayList<>();
    long spring;
    long autumn;

    @BeforeEach
    void aYearOfDays() {
        spring = day(EventStatus.CLOSED, LocalDate.of(2093, 4, 2), "=Printemps");
        autumn = day(EventStatus.ARCHIVED, LocalDate.of(2093, 10, 8), "Automne");
        long draft = day(EventStatus.DRAFT, LocalDate.of(2093, 6, 1), "Brouillon");
        long nextYear = day(EventStatus.PUBLISHED, LocalDate.of(2094, 1, 1), "L’an prochain");
        register(spring, "ASSOCIATION", "64", true);
        register(spring, "ASSOCIATION", "33", true);
        register(spring, "LOCAL_AUTHORITY", "64", false);
        register(autumn, "ASSOCIATION", "40", true);
        register(draft, "COMPANY", "75", false);
        register(nextYear, "COMPANY", "75", false);
        funding.add(spring, new FunderDraft(FunderCategory.STATE, "ANCT", null, null, new BigDecimal("3000.00"), null));
        funding.add(spring, new FunderDraft(FunderCategory.REGION, "Région", null, null, new BigDecimal("1000.00"),
                null));
        funding.setSelfFinancing(spring, new SelfFinancingDraft(new BigDecimal("1000.00"), null));
        funding.add(autumn, new FunderDraft(FunderCategory.STATE, "Préfecture", null, null, new BigDecimal("1000.00"),
                null));
        // archived after its funding was entered
        dsl.update(EVENT).set(EVENT.STATUS, EventStatus.ARCHIVED.name()).where(EVENT.ID.eq(autumn)).execute();
    }

    @AfterEach
    void removeThem() {
        dsl.deleteFrom(REGISTRATION).where(REGISTRATION.EVENT_ID.in(days)).execute();
        dsl.deleteFrom(EVENT).where(EVENT.ID.in(days)).execute();
    }

    private long day(EventStatus status, LocalDate date, String title) {
        long id = TestData.event(dsl, EventStatus.PUBLISHED);
        dsl.update(EVENT).set(EVENT.EVENT_DATE, date).set(EVENT.TITLE, title + " " + id)
                .set(EVENT.STATUS, status == EventStatus.ARCHIVED ? EventStatus.CLOSED.name() : status.name())
                .where(EVENT.ID.eq(id)).execute();
        days.add(id);
        return id;
    }

    private void register(long eventId, String kind, String departement, boolean present) {
        dsl.insertInto(REGISTRATION).set(REGISTRATION.EVENT_ID, eventId)
                .set(REGISTRATION.TOKEN, UUID.randomUUID().toString()).set(REGISTRATION.FIRST_NAME, "A")
                .set(REGISTRATION.LAST_NAME, "B").set(REGISTRATION.EMAIL, UUID.randomUUID() + "@periode.test")
                .set(REGISTRATION.CONSENT_DATA, true).set(REGISTRATION.STATUS, "CONFIRMED")
                .set(REGISTRATION.STRUCTURE_KIND, kind).set(REGISTRATION.DEPARTEMENT, departement)
                .set(REGISTRATION.CHECKED_IN_AT, present ? LocalDateTime.of(2025, 4, 2, 9, 0) : null).execute();
    }

    @Test
    void sums_up_the_days_held_in_the_period_and_leaves_out_drafts_and_other_years() {
        var report = reports.report(FROM, TO, Locale.FRENCH);

        assertThat(report.days()).extracting(PeriodReport.DayRow::date)
                .containsExactly(LocalDate.of(2093, 4, 2), LocalDate.of(2093, 10, 8));
        assertThat(report.days()).extracting(PeriodReport.DayRow::confirmed).containsExactly(3, 1);
        assertThat(report.days()).extracting(PeriodReport.DayRow::present).containsExactly(2, 1);
        assertThat(report.days().get(0).selfFinancingShare()).isEqualByComparingTo("20.00");
        assertThat(report.attendance().confirmed()).isEqualTo(4);
        assertThat(report.attendance().present()).isEqualTo(3);
        assertThat(report.byStructureKind()).extracting(Bilan.Line::label, Bilan.Line::registered)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Association", 3),
                        org.assertj.core.groups.Tuple.tuple("Collectivité", 1));
        assertThat(report.byTerritory()).extracting(Bilan.Line::label)
                .containsExactly("Pyrénées-Atlantiques (64)", "Gironde (33)", "Landes (40)");
        assertThat(report.funding().total()).isEqualByComparingTo("6000.00");
        assertThat(report.funding().rows()).extracting(r -> r.line().name(), r -> r.rate().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ÉTAT", "66.67"),
                        org.assertj.core.groups.Tuple.tuple("RÉGION", "16.67"),
                        org.assertj.core.groups.Tuple.tuple("Autofinancement", "16.66"));
    }

    @Test
    void the_spreadsheet_lists_the_days_with_a_total_line() throws IOException {
        var xlsx = reports.xlsx(FROM, TO, Locale.FRENCH);

        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(s -> s.getName())
                    .containsExactly("Journées", "Types de structure", "Territoires", "Financement");
            var rows = sheets.get(0).read();
            assertThat(rows).hasSize(4);
            assertThat(rows.get(1).getCellAsString(0).orElseThrow()).startsWith("'=Printemps");
            assertThat(rows.get(1).getCellAsNumber(4).orElseThrow()).isEqualByComparingTo("5000");
            assertThat(rows.get(3).getCellAsString(0)).contains("Total (2 journée(s))");
            assertThat(rows.get(3).getCellAsNumber(2).orElseThrow()).isEqualByComparingTo("4");
            assertThat(rows.get(3).getCellAsNumber(4).orElseThrow()).isEqualByComparingTo("6000");
        }
    }

    @Test
    void a_period_that_ends_before_it_starts_is_refused() {
        assertThatThrownBy(() -> reports.report(TO, FROM, Locale.FRENCH)).isInstanceOf(IllegalArgumentException.class);
    }
}
