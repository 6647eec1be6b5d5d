package fr.journees.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The funding table's arithmetic, on the programming committee's table of seed 004 and on random ones. */
class FundingTableTest {

    static final Locale FR = Locale.FRENCH;

    /** Seed 004: "Centres sociaux connectés du bassin minier", Comité unique de programmation, 16 June 2020. */
    static List<FunderLine> seedTable() {
        return List.of(
                line(1, FunderCategory.EUROPEAN_UNION,
                        "Fonds européen de développement régional 62N00007 - APPLICATIONS TIC (NORD)", "910598.00", "60.00"),
                line(2, FunderCategory.REGION, "Hauts-de-France, chef-lieu Lille", "10000.00", "0.66"),
                line(3, FunderCategory.OTHER_PUBLIC, "Communauté d'agglomérations", "30000.00", "1.98"),
                line(4, FunderCategory.STATE, "Ville, jeunesse et sports", "10000.00", "0.66"),
                line(5, FunderCategory.OTHER_PARTNER, "Association des Centres Sociaux de Mazingarbe - ACSM",
                        "68170.00", "4.49"),
                line(6, FunderCategory.OTHER_PARTNER, "Maison de Quartier Centre Ville Valenciennes - MQCV",
                        "14794.00", "0.97"),
                line(7, FunderCategory.OTHER_PARTNER,
                        "Fédération des Centres Sociaux du Nord - Pas-de-Calais - FCS 59 62", "36860.00", "2.43"),
                self("437243.00", "28.81"));
    }

    @Test
    void the_seed_table_gives_exactly_the_seed_rates_total_and_self_financing_share() {
        var table = FundingTable.of(seedTable());

        assertThat(plain(Amounts.euros(table.total(), FR))).isEqualTo("1 517 665,00 €");
        assertThat(table.funders()).extracting(r -> plain(Amounts.percent(r.rate(), FR)))
                .containsExactly("60,00 %", "0,66 %", "1,98 %", "0,66 %", "4,49 %", "0,97 %", "2,43 %");
        assertThat(table.funders()).extracting(r -> plain(Amounts.euros(r.line().amount(), FR)))
                .containsExactly("910 598,00 €", "10 000,00 €", "30 000,00 €", "10 000,00 €", "68 170,00 €",
                        "14 794,00 €", "36 860,00 €");
        assertThat(plain(Amounts.percent(table.selfFinancingShare(), FR))).isEqualTo("28,81 %");
        assertThat(plain(Amounts.euros(table.selfFinancing().line().amount(), FR))).isEqualTo("437 243,00 €");
        assertThat(table.rateTotal()).isEqualByComparingTo("100.00");
        assertThat(table.anyDisagreement()).as("the seed's own rates agree with its amounts").isFalse();
    }

    @Test
    void the_european_rate_is_60_00_although_the_exact_share_is_just_under() {
        // 910 598 / 1 517 665 = 59,99993… %: rounding down would give 59,99 %, and the rates would add up to 99,99.
        var table = FundingTable.of(seedTable());

        assertThat(table.funders().get(0).rate()).isEqualByComparingTo("60.00");
    }

    @Test
    void warns_about_a_typed_rate_the_amounts_contradict() {
        var lines = new ArrayList<>(seedTable());
        lines.set(1, line(2, FunderCategory.REGION, "Hauts-de-France", "10000.00", "6.60"));

        var table = FundingTable.of(lines);

        assertThat(table.funders()).extracting(FundingTable.Row::typedRateDisagrees)
                .containsExactly(false, true, false, false, false, false, false);
        assertThat(table.funders().get(1).rate()).isEqualByComparingTo("0.66");
    }

    @Test
    void three_equal_thirds_add_up_to_100_00() {
        var table = FundingTable.of(List.of(line(1, FunderCategory.STATE, "A", "100.00", null),
                line(2, FunderCategory.REGION, "B", "100.00", null), self("100.00", null)));

        assertThat(table.rows()).extracting(FundingTable.Row::rate).map(BigDecimal::toPlainString)
                .containsExactly("33.34", "33.33", "33.33");
        assertThat(table.rateTotal()).isEqualByComparingTo("100.00");
    }

    @Test
    void random_tables_always_add_up_to_100_00_and_stay_within_a_hundredth_of_the_exact_share() {
        var random = new Random(20201616);
        for (int n = 0; n < 2_000; n++) {
            var lines = new ArrayList<FunderLine>();
            int size = 1 + random.nextInt(12);
            for (int i = 0; i < size; i++) {
                var cents = random.nextInt(5) == 0 ? 0 : random.nextLong(1, 200_000_000L);
                lines.add(line(i, FunderCategory.OTHER_PARTNER, "L" + i, BigDecimal.valueOf(cents, 2).toPlainString(),
                        null));
            }
            var table = FundingTable.of(lines);
            if (table.total().signum() == 0) {
                assertThat(table.rows()).allMatch(r -> r.rate() == null);
                continue;
            }
            assertThat(table.rateTotal()).isEqualByComparingTo("100.00");
            for (var row : table.rows()) {
                var exact = row.line().amount().multiply(BigDecimal.valueOf(100))
                        .divide(table.total(), 10, java.math.RoundingMode.HALF_EVEN);
                assertThat(row.rate().subtract(exact).abs()).isLessThan(new BigDecimal("0.01"));
            }
        }
    }

    @Test
    void nothing_funded_has_no_rates_and_a_zero_total() {
        var table = FundingTable.of(List.of(line(1, FunderCategory.STATE, "A", "0.00", "50.00")));

        assertThat(table.total()).isEqualByComparingTo("0");
        assertThat(table.rateTotal()).isNull();
        assertThat(Amounts.percent(table.funders().get(0).rate(), FR)).isEqualTo("–");
        assertThat(plain(Amounts.euros(table.total(), FR))).isEqualTo("0,00 €");
    }

    @Test
    void english_amounts_read_the_english_way() {
        assertThat(Amounts.euros(new BigDecimal("1517665.00"), Locale.ENGLISH)).isEqualTo("€1,517,665.00");
        assertThat(Amounts.percent(new BigDecimal("28.81"), Locale.ENGLISH)).isEqualTo("28.81%");
    }

    @Test
    void french_figures_never_break_across_lines() {
        assertThat(Amounts.euros(new BigDecimal("910598"), FR)).isEqualTo("910\u00A0598,00\u00A0€");
    }

    static String plain(String text) {
        return text.replace(Amounts.NBSP, ' ');
    }

    static FunderLine line(long id, FunderCategory category, String name, String amount, String typedRate) {
        return new FunderLine(id, 0, category, name, null, null, null, new BigDecimal(amount),
                typedRate == null ? null : new BigDecimal(typedRate), false);
    }

    static FunderLine self(String amount, String typedRate) {
        return new FunderLine(99, 0, null, "Autofinancement", null, null, null, new BigDecimal(amount),
                typedRate == null ? null : new BigDecimal(typedRate), true);
    }
}
