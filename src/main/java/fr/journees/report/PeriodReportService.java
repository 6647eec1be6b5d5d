package fr.journees.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import fr.journees.event.EventService;
import fr.journees.event.EventSummary;
import fr.journees.funding.FunderCategory;
import fr.journees.funding.FunderLine;
import fr.journees.funding.FundingService;
import fr.journees.funding.FundingTable;
import fr.journees.registration.RegistrationCounts;
import fr.journees.registration.Tally;

/** The funders' indicators over a period, from the services that own each part, as a spreadsheet. */
@Service
public class PeriodReportService {

    private final EventService events;
    private final RegistrationCounts counts;
    private final FundingService funding;
    private final BilanLabels labels;
    private final PeriodXlsxExporter xlsx;

    PeriodReportService(EventService events, RegistrationCounts counts, FundingService funding,
                        MessageSource messages, PeriodXlsxExporter xlsx) {
        this.events = events;
        this.counts = counts;
        this.funding = funding;
        this.labels = new BilanLabels(messages);
        this.xlsx = xlsx;
    }

    public byte[] xlsx(LocalDate from, LocalDate to, Locale locale) {
        return xlsx.xlsx(report(from, to, locale), locale);
    }

    public PeriodReport report(LocalDate from, LocalDate to, Locale locale) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends (" + to + ") before it starts (" + from + ")");
        }
        var days = events.heldBetween(from, to);
        var ids = days.stream().map(EventSummary::id).toList();
        var perDay = counts.byEvent(ids);
        var rows = new ArrayList<PeriodReport.DayRow>();
        var byCategory = new EnumMap<FunderCategory, BigDecimal>(FunderCategory.class);
        var self = BigDecimal.ZERO.setScale(2);
        for (var day : days) {
            var tally = perDay.stream().filter(t -> t.key().equals(String.valueOf(day.id()))).findFirst()
                    .orElse(new Tally(null, null, 0, 0));
            var table = funding.table(day.id());
            rows.add(new PeriodReport.DayRow(day.title(), day.date(), tally.registered(), tally.present(),
                    table.total(), table.selfFinancing() == null ? null : table.selfFinancingShare()));
            for (var row : table.funders()) {
                byCategory.merge(row.line().category(), row.line().amount(), BigDecimal::add);
            }
            if (table.selfFinancing() != null) {
                self = self.add(table.selfFinancing().line().amount());
            }
        }
        return new PeriodReport(from, to, rows, counts.attendance(ids),
                BilanService.lines(counts.byStructureKind(ids), t -> labels.structureKind(t.key(), locale)),
                BilanService.lines(counts.byDepartement(ids), t -> labels.departement(t.key(), locale)),
                categories(byCategory, self, locale));
    }

    /** The period's funding as one line per category, so that its rates come from the same rule as a day's. */
    private FundingTable categories(Map<FunderCategory, BigDecimal> byCategory, BigDecimal self, Locale locale) {
        var lines = new ArrayList<FunderLine>();
        byCategory.forEach((category, amount) -> lines.add(new FunderLine(lines.size(), 0, category,
                labels.text(locale, category.labelKey()), null, null, null, amount, null, false)));
        if (self.signum() > 0) {
            lines.add(new FunderLine(lines.size(), 0, null, labels.text(locale, "funding.self"), null, null, null,
                    self, null, true));
        }
        return FundingTable.of(List.copyOf(lines));
    }
}
