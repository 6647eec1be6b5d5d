package fr.journees.report;

import java.util.Locale;

import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;

import fr.journees.funding.FundingTable;

/** The funding table on a worksheet: amounts in euros and rates in percent, as numbers a spreadsheet can sum. */
final class FundingSheet {

    private final MessageSource messages;

    FundingSheet(MessageSource messages) {
        this.messages = messages;
    }

    void write(Worksheet ws, FundingTable table, Locale locale) {
        Cells.header(ws, 0, text("funding.column.category", locale), text("funding.column.partner", locale),
                text("funding.column.programme", locale), text("report.xlsx.amount", locale),
                text("report.xlsx.rate", locale), text("report.xlsx.typedRate", locale),
                text("report.xlsx.disagrees", locale));
        int row = 1;
        var self = text("funding.self", locale);
        for (var r : table.rows()) {
            var line = r.line();
            ws.value(row, 0, line.selfFinancing() ? self : text(line.category().labelKey(), locale));
            ws.value(row, 1, line.selfFinancing() ? self : Cells.text(line.name()));
            ws.value(row, 2, Cells.text(line.programmeLabel()));
            ws.value(row, 3, line.amount());
            ws.style(row, 3).format("#,##0.00").set();
            if (r.rate() != null) {
                ws.value(row, 4, r.rate());
                ws.style(row, 4).format("0.00").set();
            }
            if (line.typedRate() != null) {
                ws.value(row, 5, line.typedRate());
                ws.style(row, 5).format("0.00").set();
            }
            if (r.typedRateDisagrees()) {
                ws.value(row, 6, "⚠");
            }
            row++;
        }
        ws.value(row, 0, text("funding.total", locale));
        ws.style(row, 0).bold().set();
        ws.value(row, 3, table.total());
        ws.style(row, 3).format("#,##0.00").bold().set();
        if (table.rateTotal() != null) {
            ws.value(row, 4, table.rateTotal());
            ws.style(row, 4).format("0.00").bold().set();
        }
        ws.value(row + 1, 0, text("report.xlsx.selfShare", locale));
        ws.value(row + 1, 4, table.selfFinancingShare());
        ws.style(row + 1, 4).format("0.00").set();
        ws.width(0, 26);
        ws.width(1, 50);
        ws.width(2, 30);
        ws.width(3, 16);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
