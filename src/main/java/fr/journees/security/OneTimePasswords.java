package fr.journees.security;

import java.security.SecureRandom;

/** Passwords people read aloud or copy by hand: no look-alike characters, grouped by five (about 74 bits). */
final class OneTimePasswords {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePasswords() {
    }

    static String generate() {
        var password = new StringBuilder();
        for (int i = 0; i < 15; i++) {
            if (i > 0 && i % 5 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
