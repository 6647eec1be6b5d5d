package fr.journees.report;

import java.util.regex.Pattern;

import org.dhatim.fastexcel.Worksheet;

import fr.journees.base.export.SpreadsheetText;

/** What every cell of the report's spreadsheets goes through. */
final class Cells {

    /** Excel refuses longer cells. */
    static final int MAX_CELL = 32_767;
    /** Control characters an XLSX cannot hold (tab and line breaks are kept). */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\uFFFE\\uFFFF]");

    private Cells() {
    }

    /** User text made safe: no formula, no control character, no cell Excel would refuse. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        var safe = SpreadsheetText.safe(CONTROL.matcher(value).replaceAll(""));
        return safe.length() > MAX_CELL ? safe.substring(0, MAX_CELL - 1) + "…" : safe;
    }

    static void header(Worksheet ws, int row, String... titles) {
        for (int c = 0; c < titles.length; c++) {
            ws.value(row, c, titles[c]);
        }
        ws.range(row, 0, row, titles.length - 1).style().bold().fillColor("E8EEF5").set();
    }

    static byte[] nonEmpty(byte[] bytes) {
        if (bytes.length == 0) {
            throw new IllegalStateException("The report spreadsheet came out empty");
        }
        return bytes;
    }
}
