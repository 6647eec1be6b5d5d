package fr.journees.checkin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The volunteers' link secrets: 32 URL-safe random characters (192 bits). Random and that long, a
 * plain SHA-256 keeps them safely and lets a presented one be found with one indexed equality.
 */
final class CheckinSecrets {

    static final int LENGTH = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private CheckinSecrets() {
    }

    static String generate() {
        var bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }

    /** Cheap shape check before hashing and querying whatever was in the URL. */
    static boolean plausible(String secret) {
        return secret != null && secret.length() == LENGTH && secret.matches("[A-Za-z0-9_-]+");
    }
}
