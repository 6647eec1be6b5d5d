package fr.journees.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.journees.security.PasswordChangeRefused.Reason;

/** NIST SP 800-63B: long enough, within BCrypt's 72 bytes, and not what attackers try first. */
class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaa", "1234567890", "azertyuiop", "Password2024!", "motdepasse123",
            "abcabcabcabc", "Journees-2026", "0987654321", "qwertyuiop!", "Soleil-1234", "camille.2026!",
            "ababababab", "Mot-de-passe", "1q2w3e4r5t"})
    void guessable_passwords_are_refused_as_too_common(String password) {
        assertThat(PasswordPolicy.refusal(password, "camille@exemple.fr")).contains(Reason.TOO_COMMON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"un-vrai-secret-2026", "cheval batterie agrafe correct", "Tr0ub4dor&3-mauve",
            "mon-secret-2026", "8264937105"})
    void passwords_nobody_would_guess_first_are_accepted(String password) {
        assertThat(PasswordPolicy.refusal(password, "camille@exemple.fr")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {73, 200})
    void a_password_over_72_bytes_is_refused_as_too_long_before_bcrypt_sees_it(int bytes) {
        assertThat(PasswordPolicy.refusal("x7".repeat(bytes / 2 + 1).substring(0, bytes), "a@b.fr"))
                .contains(Reason.TOO_LONG);
        // 37 accented letters are 74 bytes: the limit is in bytes, as BCrypt counts.
        assertThat(PasswordPolicy.refusal("é".repeat(37) + "-z", "a@b.fr")).contains(Reason.TOO_LONG);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "court", "123456789"})
    void a_short_password_is_refused_as_too_short(String password) {
        assertThat(PasswordPolicy.refusal(password, "a@b.fr")).contains(Reason.TOO_SHORT);
    }
}
