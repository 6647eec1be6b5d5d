package fr.journees.base.export;

/** Text bound for a CSV or spreadsheet cell, made safe to open in Excel or LibreOffice. */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /** Neutralises formula injection: a leading = + - @ tab or CR makes the cell plain text. */
    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
