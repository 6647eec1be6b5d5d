package fr.journees.api;

import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/** One input field the API refused, with the reason in the client's language and in both. */
@Schema(description = "Un champ refusé, avec la raison en français et en anglais")
public record FieldProblem(
        @Schema(example = "email") String field,
        @Schema(example = "Email") String code,
        @Schema(example = "Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.") String message,
        @Schema(example = "{\"fr\": \"Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.\", "
                + "\"en\": \"Enter a valid e-mail address, for example name@example.org.\"}")
        Map<String, String> messages) {
}
