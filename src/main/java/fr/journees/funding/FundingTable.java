package fr.journees.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * An event's funding as a programming committee shows it: each line with its rate, the total and the
 * self-financing share. Rates are computed from the amounts, to the hundredth of a percent, by the
 * largest remainder: each rate is the exact share rounded down, and the hundredths still missing to
 * make 100,00 % go to the lines whose exact share was cut the most (the earlier line on a tie). So the
 * rates always add up to 100,00 % and each is within 0,01 of the exact share.
 */
public record FundingTable(List<Row> funders, Row selfFinancing, BigDecimal total) {

    /** A line with its computed rate (null while the total is zero). */
    public record Row(FunderLine line, BigDecimal rate, boolean typedRateDisagrees) {
    }

    private static final BigDecimal HUNDREDTHS_OF_PERCENT = BigDecimal.valueOf(10_000);
    private static final BigDecimal TOLERANCE = new BigDecimal("0.01");

    public static FundingTable of(List<FunderLine> lines) {
        var ordered = Stream.concat(lines.stream().filter(l -> !l.selfFinancing()),
                lines.stream().filter(FunderLine::selfFinancing)).toList();
        var total = ordered.stream().map(FunderLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.UNNECESSARY);
        var rates = rates(ordered, total);
        var funders = new ArrayList<Row>();
        Row self = null;
        for (int i = 0; i < ordered.size(); i++) {
            var line = ordered.get(i);
            var row = new Row(line, rates.get(i), disagrees(line, total));
            if (line.selfFinancing()) {
                self = row;
            } else {
                funders.add(row);
            }
        }
        return new FundingTable(List.copyOf(funders), self, total);
    }

    public List<Row> rows() {
        return selfFinancing == null ? funders : Stream.concat(funders.stream(), Stream.of(selfFinancing)).toList();
    }

    /** The self-financing share of the total, zero without such a line. */
    public BigDecimal selfFinancingShare() {
        return selfFinancing == null || selfFinancing.rate() == null ? BigDecimal.ZERO.setScale(2)
                : selfFinancing.rate();
    }

    /** The sum of the rates: 100,00 % whenever anything is funded, null while the total is zero. */
    public BigDecimal rateTotal() {
        return total.signum() == 0 ? null
                : rows().stream().map(Row::rate).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    public boolean anyDisagreement() {
        return rows().stream().anyMatch(Row::typedRateDisagrees);
    }

    private static List<BigDecimal> rates(List<FunderLine> lines, BigDecimal total) {
        if (total.signum() == 0) {
            return lines.stream().map(l -> (BigDecimal) null).toList();
        }
        var units = new long[lines.size()];
        var remainders = new BigDecimal[lines.size()];
        long given = 0;
        for (int i = 0; i < lines.size(); i++) {
            var scaled = lines.get(i).amount().multiply(HUNDREDTHS_OF_PERCENT);
            var floor = scaled.divide(total, 0, RoundingMode.FLOOR);
            units[i] = floor.longValueExact();
            remainders[i] = scaled.subtract(floor.multiply(total));
            given += units[i];
        }
        long missing = HUNDREDTHS_OF_PERCENT.longValue() - given;
        IntStream.range(0, lines.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> remainders[i]).reversed().thenComparing(i -> i))
                .limit(missing)
                .forEach(i -> units[i]++);
        return IntStream.range(0, lines.size()).mapToObj(i -> BigDecimal.valueOf(units[i], 2)).toList();
    }

    /** A typed rate is wrong when it is 0,01 or further from the exact share: no rounding explains that. */
    private static boolean disagrees(FunderLine line, BigDecimal total) {
        if (line.typedRate() == null || total.signum() == 0) {
            return false;
        }
        var gap = line.typedRate().multiply(total).subtract(line.amount().multiply(BigDecimal.valueOf(100))).abs();
        return gap.compareTo(TOLERANCE.multiply(total)) >= 0;
    }
}
