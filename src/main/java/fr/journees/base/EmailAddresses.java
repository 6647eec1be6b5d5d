package fr.journees.base;

import java.util.Locale;

/** E-mail addresses as stored and compared everywhere: trimmed, lower case, so that one person is one address. */
public final class EmailAddresses {

    private EmailAddresses() {
    }

    public static String normalise(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }
}
