package io.servicebalance.eventstore.bulk;

import java.lang.reflect.Method;
import java.time.Instant;

/** The business time ({@code occurredAt()}) every CRM event carries. */
final class BusinessTime {

    private static final ClassValue<Method> ACCESSOR = new ClassValue<>() {
        @Override
        protected Method computeValue(Class<?> type) {
            try {
                return type.getMethod("occurredAt");
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type.getName() + " carries no occurredAt()", e);
            }
        }
    };

    private BusinessTime() {
    }

    static Instant of(Object payload) {
        try {
            return (Instant) ACCESSOR.get(payload.getClass()).invoke(payload);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
