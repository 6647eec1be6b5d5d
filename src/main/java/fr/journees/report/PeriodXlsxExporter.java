package fr.journees.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The period's indicators as a spreadsheet: the days, the participants by structure and territory, the funding. */
@Component
class PeriodXlsxExporter {

    private final MessageSource messages;

    PeriodXlsxExporter(MessageSource messages) {
        this.messages = messages;
    }

    byte[] xlsx(PeriodReport report, Locale locale) {
        try (var out = new ByteArrayOutputStream()) {
            var workbook = new Workbook(out, "Journees", "1.0");
            days(workbook.newWorksheet(text("report.period.sheet.days", locale)), report, locale);
            lines(workbook.newWorksheet(text("report.period.sheet.structures", locale)), report.byStructureKind(),
                    text("report.by.structureKind", locale), locale);
            lines(workbook.newWorksheet(text("report.period.sheet.territories", locale)), report.byTerritory(),
                    text("report.by.territory", locale), locale);
            new FundingSheet(messages).write(workbook.newWorksheet(text("report.xlsx.funding", locale)),
                    report.funding(), locale);
            workbook.finish();
            return Cells.nonEmpty(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void days(Worksheet ws, PeriodReport report, Locale locale) {
        Cells.header(ws, 0, text("report.period.day", locale), text("report.date", locale),
                text("report.registered.short", locale), text("report.present.short", locale),
                text("report.period.fundingTotal", locale), text("report.xlsx.selfShare", locale));
        int row = 1;
        for (var day : report.days()) {
            ws.value(row, 0, Cells.text(day.title()));
            ws.value(row, 1, day.date());
            ws.style(row, 1).format("dd/mm/yyyy").set();
            ws.value(row, 2, day.confirmed());
            ws.value(row, 3, day.present());
            ws.value(row, 4, day.fundingTotal());
            ws.style(row, 4).format("#,##0.00").set();
            if (day.selfFinancingShare() != null) {
                ws.value(row, 5, day.selfFinancingShare());
                ws.style(row, 5).format("0.00").set();
            }
            row++;
        }
        ws.value(row, 0, text("report.period.total", locale, report.days().size()));
        ws.style(row, 0).bold().set();
        ws.value(row, 2, report.attendance().confirmed());
        ws.value(row, 3, report.attendance().present());
        ws.value(row, 4, report.funding().total());
        ws.style(row, 4).format("#,##0.00").bold().set();
        ws.width(0, 60);
        ws.width(1, 12);
        ws.width(4, 16);
    }

    private void lines(Worksheet ws, List<Bilan.Line> lines, String title, Locale locale) {
        Cells.header(ws, 0, title, text("report.registered.short", locale), text("report.present.short", locale));
        int row = 1;
        for (var line : lines) {
            ws.value(row, 0, Cells.text(line.label()));
            ws.value(row, 1, line.registered());
            ws.value(row, 2, line.present());
            row++;
        }
        ws.width(0, 40);
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
