package fr.journees.registration;

import java.security.SecureRandom;
import java.util.Base64;

/** Personal-link tokens: 192 random bits, URL-safe, neither guessable nor sequential. */
final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 24;

    private Tokens() {
    }

    static String next() {
        var bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Cheap shape check before touching the database with whatever was in the URL. */
    static boolean plausible(String token) {
        return token != null && token.length() >= 22 && token.length() <= 64 && token.matches("[A-Za-z0-9_-]+");
    }
}
