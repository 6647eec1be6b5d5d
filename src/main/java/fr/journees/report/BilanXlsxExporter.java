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

/**
 * The funders' report as a spreadsheet, one sheet per part: the day and its key figures, the counts
 * by dimension, the banque de projets, the funding table (amounts and rates as numbers), the sign-in
 * sheets. Every text a user typed goes through {@link Cells#text}.
 */
@Component
class BilanXlsxExporter {

    private final MessageSource messages;

    BilanXlsxExporter(MessageSource messages) {
        this.messages = messages;
    }

    byte[] xlsx(Bilan bilan, Locale locale) {
        try (var out = new ByteArrayOutputStream()) {
            var workbook = new Workbook(out, "Journees", "1.0");
            summary(workbook.newWorksheet(text("report.xlsx.summary", locale)), bilan, locale);
            counts(workbook.newWorksheet(text("report.xlsx.counts", locale)), bilan, locale);
            banque(workbook.newWorksheet(text("report.xlsx.banque", locale)), bilan, locale);
            new FundingSheet(messages).write(workbook.newWorksheet(text("report.xlsx.funding", locale)),
                    bilan.funding(), locale);
            sheets(workbook.newWorksheet(text("report.xlsx.sheets", locale)), bilan, locale);
            if (bilan.survey().responses() > 0) {
                survey(workbook.newWorksheet(text("report.survey.title", locale)), bilan, locale);
            }
            workbook.finish();
            return Cells.nonEmpty(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void summary(Worksheet ws, Bilan bilan, Locale locale) {
        var day = bilan.day();
        Cells.header(ws, 0, text("report.xlsx.field", locale), text("report.xlsx.value", locale));
        int row = 1;
        row = pair(ws, row, text("report.title", locale), day.title());
        row = pair(ws, row, "", day.subtitle());
        ws.value(row, 0, text("report.date", locale));
        ws.value(row, 1, day.date());
        ws.style(row, 1).format("dd/mm/yyyy").set();
        row++;
        row = pair(ws, row, text("report.venue", locale), day.venue());
        row = pair(ws, row, text("report.organisers", locale), String.join(", ", day.organisers()));
        row = pair(ws, row, text("report.partners", locale), String.join(", ", day.partners()));
        var a = bilan.attendance();
        row = number(ws, row, text("report.xlsx.confirmed", locale), a.confirmed());
        if (bilan.attendanceRecorded()) {
            row = number(ws, row, text("report.xlsx.present", locale), a.present());
        }
        row = number(ws, row, text("report.xlsx.waitlisted", locale), a.waitlisted());
        number(ws, row, text("report.xlsx.cancelled", locale), a.cancelled());
        ws.width(0, 28);
        ws.width(1, 70);
    }

    private int pair(Worksheet ws, int row, String label, String value) {
        if (value == null || value.isBlank()) {
            return row;
        }
        ws.value(row, 0, label);
        ws.value(row, 1, Cells.text(value));
        return row + 1;
    }

    private int number(Worksheet ws, int row, String label, int value) {
        ws.value(row, 0, label);
        ws.value(row, 1, value);
        return row + 1;
    }

    private void counts(Worksheet ws, Bilan bilan, Locale locale) {
        Cells.header(ws, 0, text("report.xlsx.dimension", locale), text("report.xlsx.label", locale),
                text("report.registered.short", locale), text("report.present.short", locale));
        int row = 1;
        row = dimension(ws, row, text("report.by.itinerary", locale), bilan.byItinerary(), bilan);
        row = dimension(ws, row, text("report.by.workshop", locale), bilan.byWorkshop(), bilan);
        row = dimension(ws, row, text("report.by.structureKind", locale), bilan.byStructureKind(), bilan);
        dimension(ws, row, text("report.by.territory", locale), bilan.byTerritory(), bilan);
        ws.width(0, 40);
        ws.width(1, 50);
    }

    private int dimension(Worksheet ws, int row, String dimension, List<Bilan.Line> lines, Bilan bilan) {
        for (var line : lines) {
            ws.value(row, 0, dimension);
            ws.value(row, 1, Cells.text(line.label()));
            ws.value(row, 2, line.registered());
            if (bilan.attendanceRecorded()) {
                ws.value(row, 3, line.present());
            }
            row++;
        }
        return row;
    }

    private void banque(Worksheet ws, Bilan bilan, Locale locale) {
        Cells.header(ws, 0, text("report.banque.workshop", locale), text("report.colour.GREEN", locale),
                text("report.colour.ORANGE", locale), text("report.colour.RED", locale),
                text("report.colour.UNKNOWN", locale), text("report.banque.chantiers", locale));
        int row = 1;
        for (var line : bilan.banque()) {
            banqueLine(ws, row++, line);
        }
        banqueLine(ws, row, bilan.banqueTotal());
        ws.style(row, 0).bold().set();
        ws.width(0, 50);
    }

    private void banqueLine(Worksheet ws, int row, Bilan.BanqueLine line) {
        ws.value(row, 0, Cells.text(line.workshop()));
        ws.value(row, 1, line.green());
        ws.value(row, 2, line.orange());
        ws.value(row, 3, line.red());
        ws.value(row, 4, line.unknown());
        ws.value(row, 5, line.total());
    }

    private void sheets(Worksheet ws, Bilan bilan, Locale locale) {
        Cells.header(ws, 0, text("report.xlsx.sheet", locale), text("report.xlsx.expected", locale));
        int row = 1;
        for (var sheet : bilan.sheets()) {
            ws.value(row, 0, Cells.text(sheet.title()));
            ws.value(row, 1, sheet.expected());
            row++;
        }
        ws.width(0, 60);
    }

    private void survey(Worksheet ws, Bilan bilan, Locale locale) {
        ws.value(0, 0, Cells.text(text("survey.xlsx.responses", locale)));
        ws.value(0, 1, bilan.survey().responses());
        Cells.header(ws, 2, text("survey.xlsx.question", locale), text("survey.xlsx.answer", locale),
                text("survey.xlsx.count", locale));
        int row = 3;
        for (var q : bilan.survey().questions()) {
            for (var count : q.counts()) {
                ws.value(row, 0, Cells.text(q.label()));
                ws.value(row, 1, Cells.text(count.answer()));
                ws.value(row, 2, count.count());
                row++;
            }
        }
        ws.width(0, 60);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
