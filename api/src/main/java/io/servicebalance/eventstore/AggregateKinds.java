package io.servicebalance.eventstore;

import io.servicebalance.contact.ContactCommands.ReceiveContact;
import io.servicebalance.customer.CustomerCommands.RegisterCustomer;
import io.servicebalance.rules.RuleViolation;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.springframework.context.annotation.Configuration;

/**
 * A command addressed to an id of another kind of aggregate (a purchase on a contact's id, an answer on a customer's,
 * a customer registered under a contact's id) is refused as what it is: the record it names does not exist (404), or
 * its id is taken (409). Axon reports such a command as an incompatible aggregate; nothing is recorded either way.
 */
@Configuration(proxyBeanMethods = false)
class AggregateKinds implements MessageHandlerInterceptor<CommandMessage<?>> {

    private static final CommandTargetResolver TARGETS = AnnotationCommandTargetResolver.builder().build();

    private final StoredAggregates stored;

    AggregateKinds(CommandBus commandBus, StoredAggregates stored) {
        this.stored = stored;
        commandBus.registerHandlerInterceptor(this);
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        try {
            return chain.proceed();
        } catch (IncompatibleAggregateException | ClassCastException e) {
            throw refusal(unitOfWork.getMessage());
        }
    }

    private RuntimeException refusal(CommandMessage<?> message) {
        Object command = message.getPayload();
        if (command instanceof RegisterCustomer c) {
            return taken(c.customerId().value(), "a customer");
        }
        if (command instanceof ReceiveContact c) {
            return taken(c.contactId().value(), "a contact");
        }
        String id = TARGETS.resolveTarget(message).getIdentifier();
        return new AggregateNotFoundException(id, "No " + message.getPayloadType().getEnclosingClass().getSimpleName()
                .replace("Commands", "").toLowerCase() + " is recorded under the id '" + id + "'");
    }

    private RuntimeException taken(String id, String wanted) {
        String kind = stored.typeOf(id).map(String::toLowerCase).orElse("another record");
        return RuleViolation.conflict("id-taken", "The id '" + id + "' belongs to a " + kind + "; " + wanted
                + " needs an id of its own");
    }
}
