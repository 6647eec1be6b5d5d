package fr.journees.support;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;

/**
 * Records built by component name, so that a test which sets a few fields keeps compiling when a feature
 * adds components to the record (they keep the template's value, or null / 0 / false). Names the record
 * does not have are ignored.
 */
public final class Records {

    private Records() {
    }

    /** A copy of the template with these components replaced. */
    public static <R extends Record> R with(R template, Map<String, ?> values) {
        return build(type(template), values, template);
    }

    /** A record of that type with these components, the others empty. */
    public static <R extends Record> R of(Class<R> type, Map<String, ?> values) {
        return build(type, values, null);
    }

    @SuppressWarnings("unchecked")
    private static <R extends Record> Class<R> type(R template) {
        return (Class<R>) template.getClass();
    }

    private static <R extends Record> R build(Class<R> type, Map<String, ?> values, R template) {
        var components = type.getRecordComponents();
        var arguments = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                var c = components[i];
                arguments[i] = values.containsKey(c.getName()) ? values.get(c.getName())
                        : template != null ? c.getAccessor().invoke(template) : empty(c);
            }
            var constructor = type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new));
            constructor.setAccessible(true);
            return constructor.newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build " + type.getSimpleName(), e);
        }
    }

    private static Object empty(RecordComponent component) {
        var type = component.getType();
        if (type == boolean.class) {
            return false;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == int.class) {
            return 0;
        }
        return null;
    }
}
