package fr.journees.apiaccess;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * API secrets: {@code jrn_} and 40 URL-safe random characters (240 bits). Being random and that long,
 * a plain SHA-256 stores them safely (no salt or slow hash needed: there is nothing to guess) and
 * lets a presented secret be found with one indexed equality.
 */
final class ApiSecrets {

    static final String SCHEME = "jrn_";
    static final int LENGTH = SCHEME.length() + 40;
    static final int PREFIX_LENGTH = SCHEME.length() + 8;

    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiSecrets() {
    }

    static String generate() {
        var bytes = new byte[30];
        RANDOM.nextBytes(bytes);
        return SCHEME + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Lower-case hex SHA-256 of the secret, 64 characters. */
    static String hash(String secret) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }

    /** {@code jrn_} and the next 8 characters: enough to tell keys apart, far too little to guess the rest. */
    static String prefix(String secret) {
        return secret.substring(0, Math.min(PREFIX_LENGTH, secret.length()));
    }

    /** Cheap shape check before hashing and querying whatever a client sent. */
    static boolean plausible(String secret) {
        return secret != null && secret.length() == LENGTH && secret.startsWith(SCHEME)
                && secret.chars().skip(SCHEME.length()).allMatch(ApiSecrets::urlSafe);
    }

    private static boolean urlSafe(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }
}
