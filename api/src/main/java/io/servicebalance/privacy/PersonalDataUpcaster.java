package io.servicebalance.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.servicebalance.contact.ContactEvents;
import io.servicebalance.customer.CustomerEvents;
import io.servicebalance.customer.PersonalData;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;

/**
 * Revision 1 to 2 of every event with {@link PersonalData}: revision 1 stored those fields as plain strings, revision
 * 2 as objects naming the customer ({@link PersonalDataModule}). A revision-1 value becomes {@code {"customer": id,
 * "plain": text}}, which reads as the text until the customer is erased and as the placeholder after. The fields are
 * taken from the annotations of the current event records, so the upcaster covers exactly the personal fields.
 */
@Component
public class PersonalDataUpcaster extends SingleEventUpcaster {

    static final String FROM = "1";
    static final String TO = "2";

    private final Map<String, List<String>> fields = Stream.of(CustomerEvents.class, ContactEvents.class)
            .flatMap(events -> Arrays.stream(events.getDeclaredClasses()))
            .filter(Class::isRecord)
            .filter(type -> !personal(type).isEmpty())
            .collect(Collectors.toUnmodifiableMap(Class::getName, PersonalDataUpcaster::personal));

    /** The names of a record's personal components. */
    static List<String> personal(Class<?> type) {
        return Arrays.stream(type.getRecordComponents())
                .filter(c -> c.isAnnotationPresent(PersonalData.class))
                .map(RecordComponent::getName)
                .toList();
    }

    /** The event types this upcaster raises to revision 2, with their personal fields. */
    Map<String, List<String>> fields() {
        return fields;
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return FROM.equals(representation.getType().getRevision())
                && fields.containsKey(representation.getType().getName());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        String type = representation.getType().getName();
        List<String> personal = fields.get(type);
        return representation.upcastPayload(new SimpleSerializedType(type, TO), JsonNode.class, node -> {
            ObjectNode event = (ObjectNode) node;
            String customer = event.path("customerId").asText();
            for (String field : personal) {
                JsonNode value = event.get(field);
                if (value != null && value.isTextual()) {
                    event.putObject(field).put(PersonalDataModule.CUSTOMER, customer)
                            .put(PersonalDataModule.PLAIN, value.asText());
                }
            }
            return event;
        });
    }
}
