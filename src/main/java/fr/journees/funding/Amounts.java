package fr.journees.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Euros and rates as a French funding table writes them — {@code 910 598,00 €}, {@code 60,00 %}, with
 * no-break spaces so that a figure never splits across lines — or the English way ({@code €910,598.00},
 * {@code 60.00%}).
 */
public final class Amounts {

    public static final char NBSP = '\u00A0';

    private Amounts() {
    }

    public static String euros(BigDecimal amount, Locale locale) {
        var figure = format(amount, locale);
        return french(locale) ? figure + NBSP + "€" : "€" + figure;
    }

    public static String percent(BigDecimal rate, Locale locale) {
        if (rate == null) {
            return "–";
        }
        var figure = format(rate, locale);
        return french(locale) ? figure + NBSP + "%" : figure + "%";
    }

    private static String format(BigDecimal value, Locale locale) {
        var symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator(french(locale) ? NBSP : ',');
        symbols.setDecimalSeparator(french(locale) ? ',' : '.');
        symbols.setMinusSign('-');
        var format = new DecimalFormat("#,##0.00", symbols);
        return format.format(value.setScale(2, RoundingMode.HALF_EVEN));
    }

    private static boolean french(Locale locale) {
        return !"en".equals(locale.getLanguage());
    }
}
