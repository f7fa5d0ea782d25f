package io.servicebalance.eventstore.bulk;

import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import java.util.Map;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.FixedValueParameterResolver;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.ParameterResolver;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;

/**
 * An aggregate class and Axon's model of its handlers, inspected once per bulk append. Handler parameters beyond the
 * message (the clock, the customers) are resolved from {@code resources}, as Spring resolves them for the live system.
 */
record AggregateType<T>(Class<T> rootClass, AggregateModel<T> model) {

    static <T> AggregateType<T> of(Class<T> rootClass, Map<Class<?>, Object> resources) {
        ParameterResolverFactory injected = (Executable executable, Parameter[] parameters, int index) -> {
            Object resource = resources.get(parameters[index].getType());
            return resource == null ? null : (ParameterResolver<Object>) new FixedValueParameterResolver<>(resource);
        };
        return new AggregateType<>(rootClass, AnnotatedAggregateMetaModelFactory.inspectAggregate(rootClass,
                MultiParameterResolverFactory.ordered(injected, ClasspathParameterResolverFactory.forClass(rootClass))));
    }

    /** The name Axon stores in the event table's {@code type} column. */
    String name() {
        return model.type();
    }
}
