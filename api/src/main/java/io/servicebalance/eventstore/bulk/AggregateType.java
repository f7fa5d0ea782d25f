package io.servicebalance.eventstore.bulk;

import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;

/** An aggregate class and Axon's model of its handlers, inspected once. */
record AggregateType<T>(Class<T> rootClass, AggregateModel<T> model) {

    static <T> AggregateType<T> of(Class<T> rootClass) {
        return new AggregateType<>(rootClass, AnnotatedAggregateMetaModelFactory.inspectAggregate(rootClass));
    }

    /** The name Axon stores in the event table's {@code type} column. */
    String name() {
        return model.type();
    }
}
