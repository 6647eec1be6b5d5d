package fr.journees.registration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;

/**
 * What is wrong with a registration, field by field, by the rules written once on
 * {@link RegistrationRequest} and the day's choices, each refusal with the message key (and arguments) of
 * the participant's form. The public form and the API both ask here, so that they refuse alike.
 */
@Component
public class RegistrationRefusals {

    /** field: the request's component name; code: the constraint's name, stable for programs. */
    public record Refusal(String field, String code, String messageKey, Object... arguments) {
    }

    private final Validator validator;

    RegistrationRefusals(Validator validator) {
        this.validator = validator;
    }

    /** Every refusal, in field order; empty when the request can be sent to {@link RegistrationService}. */
    public List<Refusal> of(RegistrationRequest request, DayChoices choices) {
        var refusals = new ArrayList<Refusal>();
        validator.validate(request).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> refusals.add(refusal(v)));
        if (unknown(request.preferredItineraryId(), choices.itineraryIds())) {
            refusals.add(new Refusal("preferredItineraryId", "UnknownChoice", "registration.error.unknownChoice"));
        }
        if (unknown(request.preferredWorkshopId(), choices.workshopIds())) {
            refusals.add(new Refusal("preferredWorkshopId", "UnknownChoice", "registration.error.unknownChoice"));
        }
        return refusals;
    }

    /** The field a refusal of the seat decision belongs to (a full group, an address already registered). */
    public static String fieldOf(RegistrationRejected.Reason reason) {
        return switch (reason) {
            case ITINERARY_FULL -> "preferredItineraryId";
            case WORKSHOP_FULL -> "preferredWorkshopId";
            case ALREADY_REGISTERED -> "email";
            default -> null;
        };
    }

    private static boolean unknown(Long id, Set<Long> offered) {
        return id != null && !offered.contains(id);
    }

    private static Refusal refusal(ConstraintViolation<RegistrationRequest> violation) {
        var field = violation.getPropertyPath().toString();
        var code = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return switch (code) {
            case "NotBlank", "NotNull" -> new Refusal(field, code, "registration.error.required");
            case "Email" -> new Refusal(field, code, "registration.error.email");
            case "AssertTrue" -> new Refusal(field, code, "registration.error.consent");
            case "Pattern" -> new Refusal(field, code, "departement".equals(field) ? "registration.error.departement"
                    : "registration.error.language");
            case "Size" -> new Refusal(field, code, "registration.error.length",
                    ((Size) violation.getConstraintDescriptor().getAnnotation()).max());
            default -> new Refusal(field, code, "registration.error.invalid");
        };
    }
}
