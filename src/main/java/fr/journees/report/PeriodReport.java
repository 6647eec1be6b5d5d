package fr.journees.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import fr.journees.funding.FundingTable;
import fr.journees.registration.Attendance;

/**
 * The indicators of the funders' report over the days of a period (an annual report): each day's
 * counts and funding, the participants by kind of structure and territory over all of them, and the
 * funding of the period per financier category (a table whose lines are the categories).
 */
public record PeriodReport(LocalDate from, LocalDate to, List<DayRow> days, Attendance attendance,
                           List<Bilan.Line> byStructureKind, List<Bilan.Line> byTerritory, FundingTable funding) {

    public record DayRow(String title, LocalDate date, int confirmed, int present, BigDecimal fundingTotal,
                         BigDecimal selfFinancingShare) {
    }
}
