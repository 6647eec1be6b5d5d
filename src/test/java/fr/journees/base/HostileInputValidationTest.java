package fr.journees.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.journees.chantier.Feasibility;
import fr.journees.chantier.SheetContent;
import fr.journees.registration.OpenDay;
import fr.journees.security.AccountDraft;
import fr.journees.support.Records;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

/** Records refuse, with a constraint the forms translate, what would only fail later (mailer, database). */
class HostileInputValidationTest {

    static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    @ParameterizedTest
    @ValueSource(strings = {"\"a,b;c\"@example.invalid", "a b@exemple.fr", "a@b", "x@[127.0.0.1]", "a\r\nBcc: x@y.fr",
            "a@exemple..fr", "<a@exemple.fr>", "a@-exemple.fr"})
    void an_address_the_mailer_cannot_write_to_is_refused(String email) {
        var request = Records.with(OpenDay.person("Amaia", "amaia@exemple.fr", null, null), Map.of("email", email));
        assertThat(VALIDATOR.validate(request)).extracting(v -> v.getPropertyPath().toString()).contains("email");
        assertThat(VALIDATOR.validate(new AccountDraft(email, "Amaia", java.util.Set.of("ORGANISER"))))
                .isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"amaia@exemple.fr", "amaia.etcheverry+journees@mairie-bayonne.fr", "o'neil@exemple.co.uk"})
    void ordinary_addresses_pass(String email) {
        var request = Records.with(OpenDay.person("Amaia", "amaia@exemple.fr", null, null), Map.of("email", email));
        assertThat(VALIDATOR.validate(request)).isEmpty();
    }

    @Test
    void a_sheet_text_beyond_what_its_column_holds_is_refused_before_the_database() {
        var tooLong = "😀".repeat(SheetContent.MAX_TEXT + 1);
        var sheet = new SheetContent("Groupe", tooLong, null, null, null, null, null, null, null, null,
                Feasibility.GREEN, false, null);
        assertThat(VALIDATOR.validate(sheet)).extracting(v -> v.getPropertyPath().toString()).containsExactly("enjeu");
        // The largest accepted text fits a TEXT column (65,535 bytes) whatever its characters: @Size counts
        // UTF-16 units, at most 3 bytes each in UTF-8 (a 4-byte emoji is 2 units).
        assertThat("€".repeat(SheetContent.MAX_TEXT).getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(65_535);
    }
}
