package fr.journees.messaging.survey;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;

import org.dhatim.fastexcel.Workbook;

import fr.journees.base.export.SpreadsheetText;

/**
 * A survey's results as a workbook: the number of responses, then for each question its counts (one line
 * a choice) or its texts. A pure function of the results; texts a spreadsheet could take for a formula are
 * neutralised.
 */
public final class SurveyXlsxExporter {

    private SurveyXlsxExporter() {
    }

    /** translate: the reader's messages (survey.xlsx.*). */
    public static byte[] xlsx(SurveyResults results, Function<String, String> translate) {
        var out = new ByteArrayOutputStream();
        try {
            var workbook = new Workbook(out, "Journées", "1.0");
            var sheet = workbook.newWorksheet(translate.apply("survey.xlsx.sheet"));
            sheet.value(0, 0, translate.apply("survey.xlsx.responses"));
            sheet.value(0, 1, results.responses());
            int row = 2;
            var headers = java.util.List.of("survey.xlsx.question", "survey.xlsx.answer", "survey.xlsx.count");
            for (int column = 0; column < headers.size(); column++) {
                sheet.value(row, column, translate.apply(headers.get(column)));
            }
            sheet.range(row, 0, row, 2).style().bold().set();
            row++;
            for (var q : results.questions()) {
                for (var count : q.counts()) {
                    sheet.value(row, 0, SpreadsheetText.safe(q.label()));
                    sheet.value(row, 1, SpreadsheetText.safe(count.answer()));
                    sheet.value(row, 2, count.count());
                    row++;
                }
                for (var text : q.texts()) {
                    sheet.value(row, 0, SpreadsheetText.safe(q.label()));
                    sheet.value(row, 1, SpreadsheetText.safe(text));
                    row++;
                }
            }
            sheet.width(0, 50);
            sheet.width(1, 60);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var bytes = out.toByteArray();
        if (bytes.length == 0) {
            throw new IllegalStateException("The survey export produced no bytes");
        }
        return bytes;
    }
}
