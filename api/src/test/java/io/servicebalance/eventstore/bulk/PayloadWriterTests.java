package io.servicebalance.eventstore.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import io.servicebalance.contact.Channel;
import io.servicebalance.contact.ContactEvents.ContactAnswered;
import io.servicebalance.contact.ContactId;
import io.servicebalance.contact.ContactType;
import io.servicebalance.customer.CustomerEvents.AccountManagerAssigned;
import io.servicebalance.customer.CustomerId;
import io.servicebalance.eventstore.EventJson;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

class PayloadWriterTests {

    private static final Instant AT = Instant.parse("2026-01-07T09:00:12.345678Z");
    private static final List<Object> PAYLOADS = List.of(
            new AccountManagerAssigned(new CustomerId("c-1"), "manager \"1\" \u00e9", null, AT),
            new ContactAnswered(new ContactId("k-1"), new CustomerId("c-1"), Channel.CHAT, ContactType.REQUEST,
                    "imported", 42, AT.plusSeconds(3)));

    @Test
    void writesTheBytesAndTypeTheEventSerializerGivesEachPayload() {
        Serializer serializer = JacksonSerializer.builder().objectMapper(EventJson.mapper()).build();
        PayloadWriter writer = new PayloadWriter(serializer);
        RowBuffer out = new RowBuffer();
        out.write(7);
        for (Object payload : PAYLOADS) {
            writer.write(payload, out);
        }
        ByteBuffer rows = ByteBuffer.wrap(out.take());
        assertThat(rows.get()).isEqualTo((byte) 7);
        for (Object payload : PAYLOADS) {
            byte[] written = new byte[rows.getInt()];
            rows.get(written);
            var expected = serializer.serialize(payload, byte[].class);
            assertThat(new String(written)).isEqualTo(new String(expected.getData()));
            assertThat(Arrays.equals(written, expected.getData())).isTrue();
            assertThat(writer.type(payload)).isEqualTo(expected.getType());
        }
        assertThat(rows.hasRemaining()).isFalse();
    }
}
