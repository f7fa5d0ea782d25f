package io.servicebalance.eventstore.bulk;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * Serializes payloads as the event store's {@link Serializer} does, straight into a {@link RowBuffer}. For Axon's
 * {@link JacksonSerializer} that is its own mapper's {@code writer()} (what its {@code serialize} calls) writing into
 * the buffer instead of a fresh array per event; any other serializer is called as it is. A payload class's type and
 * revision are resolved once.
 */
final class PayloadWriter {

    private final Serializer serializer;
    private final ObjectWriter json;
    private final ClassValue<SerializedType> types = new ClassValue<>() {
        @Override
        protected SerializedType computeValue(Class<?> type) {
            return serializer.typeForClass(type);
        }
    };

    PayloadWriter(Serializer serializer) {
        this.serializer = serializer;
        this.json = serializer instanceof JacksonSerializer jackson ? jackson.getObjectMapper().writer() : null;
    }

    SerializedType type(Object payload) {
        return types.get(payload.getClass());
    }

    /** Writes the serialized payload as a binary {@code COPY} value: its length, then its bytes. */
    void write(Object payload, RowBuffer out) {
        if (json == null) {
            byte[] data = serializer.serialize(payload, byte[].class).getData();
            out.writeInt(data.length);
            out.write(data, 0, data.length);
            return;
        }
        int start = out.openLength();
        try {
            json.writeValue(out, payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.closeLength(start);
    }
}
