package io.servicebalance.privacy;

import io.servicebalance.customer.PersonalData;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Whose keys the personal fields of events are sealed with: the {@code customerId} of every event that has a
 * {@link PersonalData} field, as {@link PersonalDataModule} finds it when it serializes the event.
 */
public final class PersonalDataOwners {

    /** The {@code customerId} accessor of an event type with personal data, or null for one without. */
    private static final ClassValue<Method> OWNER = new ClassValue<>() {
        @Override
        protected Method computeValue(Class<?> type) {
            if (Arrays.stream(type.getDeclaredFields()).noneMatch(PersonalDataOwners::personal)) {
                return null;
            }
            try {
                return type.getMethod("customerId");
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type.getSimpleName() + " has personal data but no customerId", e);
            }
        }
    };

    private PersonalDataOwners() {
    }

    /** The distinct customers whose keys sealing these events' personal fields takes. */
    public static Set<String> of(Collection<?> events) {
        Set<String> owners = new LinkedHashSet<>();
        for (Object event : events) {
            Method owner = OWNER.get(event.getClass());
            if (owner != null) {
                try {
                    owners.add(String.valueOf(Objects.requireNonNull(owner.invoke(event))));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("the customer of " + event.getClass().getSimpleName()
                            + " cannot be read", e);
                }
            }
        }
        return owners;
    }

    private static boolean personal(Field field) {
        return field.isAnnotationPresent(PersonalData.class);
    }
}
