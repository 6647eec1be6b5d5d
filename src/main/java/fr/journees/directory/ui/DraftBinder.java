package fr.journees.directory.ui;

import java.lang.annotation.Annotation;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.BindingValidationStatus;
import com.vaadin.flow.data.binder.PropertyDefinition;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A binder for a draft record (bind each component by its name, read with {@code readRecord}, get a
 * new record with {@code writeRecord}) that checks every field against the record's Bean Validation
 * annotations — the same rules the service enforces — and says what is wrong in the user's language:
 * the message of a constraint is the translation of {@code directory.validation.<Constraint>}, given
 * the constraint's bound ({@code max} of {@code @Size}, {@code value} of {@code @DecimalMin}…), or of
 * the constraint's own {@code message} when the record names a key there (a pattern says what it wants).
 * A primitive property (an {@code int}, not a {@code boolean} box) is shown required: the record cannot be
 * built without it.
 */
public final class DraftBinder<T extends Record> extends Binder<T> {

    private static final Map<Class<? extends Annotation>, String> BOUND = Map.of(
            Size.class, "max", DecimalMin.class, "value", DecimalMax.class, "value", Min.class, "value",
            Max.class, "value");
    private static final Set<Class<? extends Annotation>> REQUIRED = Set.of(
            NotNull.class, NotBlank.class, NotEmpty.class);

    private final Class<T> type;
    private final Component owner;

    public DraftBinder(Class<T> type, Component owner) {
        super(type);
        this.type = type;
        this.owner = owner;
    }

    @Override
    protected BindingBuilder<T, ?> configureBinding(BindingBuilder<T, ?> binding,
                                                    PropertyDefinition<T, ?> definition) {
        var property = Validators.INSTANCE.getConstraintsForClass(type).getConstraintsForProperty(definition.getName());
        var field = binding.getField();
        // A primitive (an int) cannot be left empty: the form says so with asRequired, before its converters.
        // A boolean is a box, always ticked or not: nothing to require.
        if (definition.getType().isPrimitive() && definition.getType() != boolean.class) {
            field.setRequiredIndicatorVisible(true);
        }
        if (property == null) {
            return binding;
        }
        // @NotNull on a list the field shows empty as an empty list (the facts) does not make it required.
        if (property.getConstraintDescriptors().stream().map(c -> c.getAnnotation().annotationType())
                .anyMatch(c -> REQUIRED.contains(c) && (c != NotNull.class || field.getEmptyValue() == null))) {
            field.setRequiredIndicatorVisible(true);
        }
        return binding.withValidator(constraintsOf(definition.getName()));
    }

    private Validator<Object> constraintsOf(String property) {
        return (value, context) -> Validators.INSTANCE.validateValue(type, property, value).stream()
                .findFirst()
                .map(violation -> ValidationResult.error(message(violation)))
                .orElseGet(ValidationResult::ok);
    }

    private String message(ConstraintViolation<T> violation) {
        var constraint = violation.getConstraintDescriptor();
        var annotation = constraint.getAnnotation().annotationType();
        var bound = BOUND.get(annotation);
        var own = String.valueOf(constraint.getAttributes().get("message"));
        var key = own.startsWith("{") ? "directory.validation." + annotation.getSimpleName() : own;
        var message = bound == null ? owner.getTranslation(key)
                : owner.getTranslation(key, constraint.getAttributes().get(bound));
        return message.startsWith("!") ? owner.getTranslation("directory.validation.invalid") : message;
    }

    /**
     * Puts the focus on the first wrong field. The exception of {@code writeRecord} lists the status of
     * every field, the right ones too: its first entry is merely the first field.
     */
    public static void focusFirstWrong(ValidationException invalid) {
        invalid.getFieldValidationErrors().stream().filter(BindingValidationStatus::isError).findFirst()
                .map(BindingValidationStatus::getField)
                .filter(Focusable.class::isInstance)
                .ifPresent(field -> ((Focusable<?>) field).focus());
    }

    /** One validator for every form; built on first use. */
    private static final class Validators {
        static final jakarta.validation.Validator INSTANCE =
                Validation.buildDefaultValidatorFactory().getValidator();
    }
}
