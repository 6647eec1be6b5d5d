package fr.journees.registration;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Check-in codes: 8 characters of Crockford's base 32 (40 random bits), printed on the badge's QR code
 * and in the confirmation mail. Short enough to type at the door, free of look-alike letters, and
 * unrelated to the personal-link token, so a photographed badge opens nothing.
 */
public final class CheckinCodes {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private CheckinCodes() {
    }

    static String next() {
        var code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /**
     * What a scanner or a person typed, as stored: upper case, without spaces or dashes, with the
     * look-alikes read as Crockford reads them (O as 0, I and L as 1). Empty when it cannot be a code.
     */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        var code = typed.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        if (code.length() != LENGTH) {
            return Optional.empty();
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(code);
    }

    /** As printed for people: two groups of four, {@code K7QF-3M9X}. */
    public static String display(String code) {
        return code == null || code.length() != LENGTH ? code : code.substring(0, 4) + "-" + code.substring(4);
    }
}
