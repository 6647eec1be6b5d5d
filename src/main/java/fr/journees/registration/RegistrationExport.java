package fr.journees.registration;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;

import fr.journees.base.export.SpreadsheetText;

/**
 * Registrations as CSV (UTF-8 with BOM, semicolons, for spreadsheet software set to French) and XLSX.
 * Pure functions of the records; they throw rather than produce an empty file. Cells a spreadsheet
 * could take for a formula (= + - @, tab, CR) are prefixed with an apostrophe.
 */
public final class RegistrationExport {

    /** The columns, in order; {@link ExportLabels} gives their titles in the reader's language. */
    public static final List<String> COLUMNS = List.of("lastName", "firstName", "email", "phone", "organisation",
            "function", "territory", "status", "waitlistPosition", "itinerary", "workshop", "lunch", "dietary",
            "accessibility", "consentPhotos", "structureKind", "departement", "checkedIn", "consentDataAt",
            "consentPhotosAt", "consentNoticeVersion");

    private static final java.time.format.DateTimeFormatter CHECKED_IN =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private static List<Function<RegistrationView, Object>> values(ExportLabels labels) {
        return List.of(
            RegistrationView::lastName, RegistrationView::firstName, RegistrationView::email, RegistrationView::phone,
            RegistrationView::organisation, RegistrationView::function, RegistrationView::territory,
            r -> labels.status(r.status()), RegistrationView::waitlistPosition, RegistrationView::itineraryName,
            RegistrationView::workshopTitle, RegistrationView::lunch, RegistrationView::dietaryNeeds,
            RegistrationView::accessibilityNeeds, RegistrationView::consentPhotos,
            r -> labels.structureKind(r.structureKind()),
            r -> Departement.of(r.departement()).map(Departement::label).orElse(null),
            r -> r.checkedInAt() == null ? null : CHECKED_IN.format(r.checkedInAt()),
            r -> r.consent().dataAt() == null ? null : CHECKED_IN.format(r.consent().dataAt()),
            r -> r.consent().photosAt() == null ? null : CHECKED_IN.format(r.consent().photosAt()),
            r -> r.consent().noticeVersion());
    }

    private static List<Function<RegistrationView, Object>> values(ExportLabels labels,
                                                                   DayQuestions.AnswerColumns answers) {
        var all = new java.util.ArrayList<>(values(labels));
        for (int i = 0; i < answers.headers().size(); i++) {
            int column = i;
            all.add(r -> answers.of(r.id()).get(column));
        }
        return all;
    }

    private RegistrationExport() {
    }

    public static byte[] csv(ExportLabels labels, List<RegistrationView> rows) {
        return csv(labels, rows, DayQuestions.AnswerColumns.NONE);
    }

    /** With one column more for each of the day's own questions, after the usual ones. */
    public static byte[] csv(ExportLabels labels, List<RegistrationView> rows, DayQuestions.AnswerColumns answers) {
        var headers = new java.util.ArrayList<>(check(labels));
        headers.addAll(answers.headers());
        var values = values(labels, answers);
        var out = new ByteArrayOutputStream();
        try (var printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.EXCEL.builder().setDelimiter(';').get())) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            printer.printRecord(headers.stream().map(RegistrationExport::safe).toList());
            for (var row : rows) {
                printer.printRecord(values.stream().map(v -> cell(v.apply(row))).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return nonEmpty(out.toByteArray());
    }

    public static byte[] xlsx(String sheetName, ExportLabels labels, List<RegistrationView> rows) {
        return xlsx(sheetName, labels, rows, DayQuestions.AnswerColumns.NONE);
    }

    public static byte[] xlsx(String sheetName, ExportLabels labels, List<RegistrationView> rows,
                              DayQuestions.AnswerColumns answers) {
        var headers = new java.util.ArrayList<>(check(labels));
        headers.addAll(answers.headers());
        var values = values(labels, answers);
        var out = new ByteArrayOutputStream();
        try {
            var workbook = new Workbook(out, "Journées", "1.0");
            var sheet = workbook.newWorksheet(safe(sheetName).replaceAll("[\\\\/?*\\[\\]:]", " ")
                    .substring(0, Math.min(31, sheetName.length())));
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(0, c, safe(headers.get(c)));
                sheet.style(0, c).bold().set();
            }
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < values.size(); c++) {
                    var value = values.get(c).apply(rows.get(r));
                    if (value instanceof Number number) {
                        sheet.value(r + 1, c, number);
                    } else if (value != null) {
                        sheet.value(r + 1, c, cell(value));
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return nonEmpty(out.toByteArray());
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean b) {
            return b ? "1" : "0";
        }
        return safe(value.toString());
    }

    static String safe(String value) {
        return SpreadsheetText.safe(value);
    }

    private static List<String> check(ExportLabels labels) {
        if (labels.headers().size() != COLUMNS.size()) {
            throw new IllegalArgumentException("Expected " + COLUMNS.size() + " headers");
        }
        return labels.headers();
    }

    private static byte[] nonEmpty(byte[] bytes) {
        if (bytes.length == 0) {
            throw new IllegalStateException("The export produced no bytes");
        }
        return bytes;
    }
}
