package fr.journees.hostile;

import java.util.LinkedHashMap;
import java.util.Map;

/** What an attacker, a careless paste or a stray keyboard puts into a free-text field. */
final class HostileValues {

    static final Map<String, String> ALL = new LinkedHashMap<>();

    static {
        ALL.put("script", "<script>alert('x')</script><img src=x onerror=alert(1)>");
        ALL.put("formula", "=HYPERLINK(\"http://evil.test\",\"clic\")");
        ALL.put("plus", "+33 6 00 00 00 00");
        ALL.put("minus", "-2+3");
        ALL.put("at", "@SOMME(A1:A9)");
        ALL.put("tab-formula", "\t=1+1");
        ALL.put("crlf-header", "Nom\r\nBcc: victime@evil.test");
        ALL.put("ical-line", "Nom\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Faux");
        ALL.put("nul", "Nul\u0000caractère");
        ALL.put("vertical-tab", "Word\u000Bcollé");
        ALL.put("escape", "\u001B[31mrouge");
        ALL.put("rtl-override", "\u202Efdp.exe\u202C");
        ALL.put("emoji", "Léa 🌱😀");
        ALL.put("long", "x".repeat(10_000));
    }

    private HostileValues() {
    }

    /** What a document that cannot carry control characters (XML, PDF) keeps of the value. */
    static String printable(String value) {
        return value.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "");
    }

    /** A fragment that must be found wherever the value lands (long values are checked by their start). */
    static String marker(String value) {
        var printable = printable(value).replace("\r", "").replace("\n", " ").replace("\t", "");
        return printable.length() > 40 ? printable.substring(0, 40) : printable;
    }
}
