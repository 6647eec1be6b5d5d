package fr.journees.workshop;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import fr.journees.base.export.SpreadsheetText;

/**
 * The recueil of initiatives as open data: CSV (RFC 4180, comma-separated, UTF-8 with a BOM so that
 * spreadsheet software reads the accents). Cells a spreadsheet could take for a formula are neutralised.
 */
public final class InitiativesCsv {

    /** headers: the translated titles of these columns, in this order. */
    public static final List<String> COLUMNS = List.of("id", "title", "porteur", "theme", "territory", "description");

    private static final List<Function<InitiativeView, Object>> VALUES = List.of(InitiativeView::id,
            InitiativeView::title, InitiativeView::porteur, InitiativeView::actsOn, InitiativeView::territory,
            InitiativeView::description);

    private InitiativesCsv() {
    }

    public static byte[] export(List<String> headers, List<InitiativeView> rows) {
        if (headers.size() != COLUMNS.size()) {
            throw new IllegalArgumentException("Expected " + COLUMNS.size() + " headers");
        }
        var out = new ByteArrayOutputStream();
        try (var printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            printer.printRecord(headers.stream().map(SpreadsheetText::safe).toList());
            for (var row : rows) {
                printer.printRecord(VALUES.stream().map(v -> v.apply(row))
                        .map(v -> v == null ? "" : SpreadsheetText.safe(v.toString())).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
