package fr.journees.report;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import fr.journees.funding.Amounts;
import fr.journees.funding.FundingTable;

/** The funding table as the report prints it: every figure formatted, the self-financing line last. */
record FundingRows(List<Row> rows, String total, String rateTotal, String selfShare, List<String> warnings) {

    record Row(String category, String partner, String programme, String rate, String amount, boolean selfFinancing,
               boolean disagrees) {
    }

    static FundingRows of(FundingTable table, MessageSource messages, Locale locale) {
        var self = messages.getMessage("funding.self", null, locale);
        var rows = table.rows().stream().map(r -> new Row(
                r.line().selfFinancing() ? self : messages.getMessage(r.line().category().labelKey(), null, locale),
                r.line().selfFinancing() ? self : r.line().name(), r.line().programmeLabel(),
                Amounts.percent(r.rate(), locale), Amounts.euros(r.line().amount(), locale), r.line().selfFinancing(),
                r.typedRateDisagrees())).toList();
        var warnings = table.rows().stream().filter(FundingTable.Row::typedRateDisagrees)
                .map(r -> messages.getMessage("funding.disagrees", new Object[] {
                        r.line().selfFinancing() ? self : r.line().name(),
                        Amounts.percent(r.line().typedRate(), locale), Amounts.percent(r.rate(), locale)}, locale))
                .toList();
        return new FundingRows(rows, Amounts.euros(table.total(), locale), Amounts.percent(table.rateTotal(), locale),
                Amounts.percent(table.selfFinancingShare(), locale), warnings);
    }
}
