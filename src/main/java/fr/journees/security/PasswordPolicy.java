package fr.journees.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a chosen password must be, after NIST SP 800-63B: long enough, within what BCrypt reads
 * (72 bytes), and not one that attackers try first — a common password, a repetition, a keyboard or
 * alphabet run, or the site's name or the person's own address dressed up with a few digits.
 */
final class PasswordPolicy {

    static final int MAX_BYTES = ThrottledAuthenticationProvider.MAX_PASSWORD_BYTES;
    private static final Set<String> COMMON = load("/fr/journees/security/common-passwords.txt");
    private static final String[] RUNS = {"abcdefghijklmnopqrstuvwxyz", "0123456789", "azertyuiopqsdfghjklmwxcvbn",
            "qwertyuiopasdfghjklzxcvbnm", "1q2w3e4r5t6y7u8i9o0p", "a1z2e3r4t5y6u7i8o9p0"};
    private static final String[] SITE = {"journees", "journee", "jrn"};

    private PasswordPolicy() {
    }

    static Optional<PasswordChangeRefused.Reason> refusal(String password, String email) {
        if (password == null || password.length() < AccountService.MINIMUM_PASSWORD_LENGTH) {
            return Optional.of(PasswordChangeRefused.Reason.TOO_SHORT);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(PasswordChangeRefused.Reason.TOO_LONG);
        }
        return guessable(password, email) ? Optional.of(PasswordChangeRefused.Reason.TOO_COMMON) : Optional.empty();
    }

    static boolean guessable(String password, String email) {
        var plain = fold(password);
        if (COMMON.contains(plain) || plain.chars().distinct().count() <= 3 || repeatsAChunk(plain)) {
            return true;
        }
        // Without its digits and signs, what is left must not be a run, a common word, the site or the address.
        var letters = plain.replaceAll("[^a-z]", "");
        var core = letters.isEmpty() ? plain.replaceAll("[^0-9]", "") : letters;
        if (core.length() < 4 || COMMON.contains(core) || isRun(core) || isRun(plain)) {
            return true;
        }
        for (var site : SITE) {
            if (core.equals(site) || core.equals(site + site)) {
                return true;
            }
        }
        var local = email == null ? "" : fold(email.split("@", 2)[0]).replaceAll("[^a-z]", "");
        return local.length() >= 4 && (core.equals(local) || local.contains(core));
    }

    private static boolean repeatsAChunk(String s) {
        for (int size = 1; size <= s.length() / 2; size++) {
            if (s.equals(s.substring(0, size).repeat(s.length() / size + 1).substring(0, s.length()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRun(String s) {
        for (var run : RUNS) {
            var reversed = new StringBuilder(run).reverse().toString();
            if (run.contains(s) || reversed.contains(s)) {
                return true;
            }
        }
        return false;
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static Set<String> load(String resource) {
        var stream = PasswordPolicy.class.getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("Missing " + resource);
        }
        var set = new HashSet<String>();
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .forEach(l -> set.add(fold(l)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(set);
    }
}
