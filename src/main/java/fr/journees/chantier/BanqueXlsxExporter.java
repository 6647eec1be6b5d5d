package fr.journees.chantier;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The banque de projets as a spreadsheet: a sheet of counts per colour per workshop, then one line
 * per fiche chantier. Texts that a spreadsheet would read as a formula are neutralised.
 */
@Component
public class BanqueXlsxExporter {

    /** Excel refuses longer cells. */
    static final int MAX_CELL = 32_767;

    private final MessageSource messages;

    public BanqueXlsxExporter(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] xlsx(Banque banque, Locale locale) {
        try (var out = new ByteArrayOutputStream()) {
            var workbook = new Workbook(out, "Journees", "1.0");
            counts(workbook.newWorksheet(text("chantier.banque.sheet.counts", locale)), banque, locale);
            sheets(workbook.newWorksheet(text("chantier.banque.sheet.sheets", locale)), banque, locale);
            workbook.finish();
            var bytes = out.toByteArray();
            if (bytes.length == 0) {
                throw new IllegalStateException("The banque de projets spreadsheet came out empty");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void counts(Worksheet ws, Banque banque, Locale locale) {
        ws.value(0, 0, text("chantier.banque.workshop", locale));
        var colours = Feasibility.values();
        for (int c = 0; c < colours.length; c++) {
            ws.value(0, c + 1, text(colours[c].labelKey(), locale));
            ws.style(0, c + 1).fillColor(colours[c].hex().substring(1)).bold().set();
        }
        ws.style(0, 0).bold().set();
        int row = 1;
        for (var workshop : banque.workshops()) {
            ws.value(row, 0, safe(workshop.title()));
            for (int c = 0; c < colours.length; c++) {
                ws.value(row, c + 1, workshop.count(colours[c]));
            }
            row++;
        }
        ws.value(row, 0, text("chantier.banque.total", locale));
        ws.style(row, 0).bold().set();
        for (int c = 0; c < colours.length; c++) {
            ws.value(row, c + 1, banque.count(colours[c]));
        }
    }

    private void sheets(Worksheet ws, Banque banque, Locale locale) {
        int col = 0;
        ws.value(0, col++, text("chantier.banque.workshop", locale));
        ws.value(0, col++, text("chantier.field.group", locale));
        ws.value(0, col++, text("chantier.field.keyChantier", locale));
        ws.value(0, col++, text("chantier.field.feasibility", locale));
        for (var field : SheetFields.TEXTS) {
            ws.value(0, col++, text("chantier.field." + field.key(), locale));
        }
        ws.range(0, 0, 0, col - 1).style().bold().set();
        int row = 1;
        for (var workshop : banque.workshops()) {
            for (var sheet : workshop.sheets()) {
                var content = sheet.content();
                int c = 0;
                ws.value(row, c++, safe(workshop.title()));
                ws.value(row, c++, safe(content.groupName()));
                ws.value(row, c++, text(content.keyChantier() ? "chantier.yes" : "chantier.no", locale));
                ws.value(row, c, text(content.feasibility().labelKey(), locale));
                ws.style(row, c++).fillColor(content.feasibility().hex().substring(1)).set();
                for (var field : SheetFields.TEXTS) {
                    ws.value(row, c++, safe(field.value().apply(content)));
                }
                row++;
            }
        }
    }

    /** No formula injection; no cell Excel would refuse. */
    static String safe(String text) {
        if (text == null) {
            return "";
        }
        var value = text;
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        if (value.length() > MAX_CELL) {
            value = value.substring(0, MAX_CELL - 1) + "…";
        }
        return value;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
