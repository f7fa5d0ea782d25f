package io.servicebalance.privacy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.servicebalance.customer.PersonalData;
import java.io.IOException;
import java.lang.reflect.Method;
import javax.crypto.SecretKey;

/**
 * The Jackson module of the event store's mapping that keeps every {@link PersonalData} field encrypted under its
 * customer's key. A field is stored as {@code {"customer": id, "sealed": base64}}, or {@code {"customer": id,
 * "erased": true}} when written after the customer's erasure; a revision-1 value that the upcaster wrapped reads as
 * {@code {"customer": id, "plain": text}}. Every form reads back as the text, or as {@link PersonalData#ERASED}
 * once the key is gone: never as an error, so erased customers' events still replay.
 */
public final class PersonalDataModule extends SimpleModule {

    static final String CUSTOMER = "customer";
    static final String SEALED = "sealed";
    static final String PLAIN = "plain";
    static final String ERASED = "erased";

    private final transient CustomerKeys keys;

    public PersonalDataModule(CustomerKeys keys) {
        super("personal-data", Version.unknownVersion());
        this.keys = keys;
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.insertAnnotationIntrospector(new NopAnnotationIntrospector() {
            @Override
            public Object findSerializer(Annotated member) {
                return member.hasAnnotation(PersonalData.class) ? new Sealing(keys) : null;
            }

            @Override
            public Object findDeserializer(Annotated member) {
                return member.hasAnnotation(PersonalData.class) ? new Opening(keys) : null;
            }
        });
    }

    /** The customer an event belongs to: its {@code customerId} component's value. */
    private static final ClassValue<Method> CUSTOMER_OF = new ClassValue<>() {
        @Override
        protected Method computeValue(Class<?> type) {
            try {
                return type.getMethod("customerId");
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type.getSimpleName() + " has personal data but no customerId");
            }
        }
    };

    static final class Sealing extends StdSerializer<String> {

        private final transient CustomerKeys keys;

        Sealing(CustomerKeys keys) {
            super(String.class);
            this.keys = keys;
        }

        @Override
        public void serialize(String value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            String customer = customerOf(gen.getOutputContext().getCurrentValue());
            SecretKey key = keys.forWriting(customer);
            gen.writeStartObject();
            gen.writeStringField(CUSTOMER, customer);
            if (key == null) {
                gen.writeBooleanField(ERASED, true);
            } else {
                gen.writeBinaryField(SEALED, PersonalDataCipher.seal(value, key, customer));
            }
            gen.writeEndObject();
        }

        private static String customerOf(Object event) {
            if (event == null) {
                throw new IllegalStateException("personal data outside an event cannot be encrypted");
            }
            try {
                return String.valueOf(CUSTOMER_OF.get(event.getClass()).invoke(event));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("the customer of " + event.getClass().getSimpleName()
                        + " cannot be read", e);
            }
        }
    }

    static final class Opening extends StdDeserializer<String> {

        private final transient CustomerKeys keys;

        Opening(CustomerKeys keys) {
            super(String.class);
            this.keys = keys;
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                return parser.getText();
            }
            JsonNode field = parser.readValueAsTree();
            String customer = field.path(CUSTOMER).asText();
            CustomerKeys.Lookup lookup = keys.forReading(customer);
            if (field.has(SEALED) && lookup.key() != null) {
                return PersonalDataCipher.open(field.get(SEALED).binaryValue(), lookup.key(), customer);
            }
            if (field.has(PLAIN) && !lookup.erased()) {
                return field.get(PLAIN).asText();
            }
            return PersonalData.ERASED;
        }
    }
}
