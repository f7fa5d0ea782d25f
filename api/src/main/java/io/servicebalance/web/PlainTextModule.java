package io.servicebalance.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.servicebalance.rules.Shape;
import java.io.IOException;
import org.springframework.stereotype.Component;

/**
 * Every text value of every request body is text the store and the read side can hold: no control character but tab,
 * line feed and carriage return (so no NUL), no broken surrogate pair. Checked as the body is read, so a new field
 * is covered without anyone remembering to annotate it; the refusal names the field (400).
 */
@Component
class PlainTextModule extends SimpleModule {

    PlainTextModule() {
        super("servicebalance-plain-text");
        addDeserializer(String.class, new PlainText());
    }

    private static final class PlainText extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = super.deserialize(p, ctxt);
            String problem = Shape.textProblem(value);
            if (problem != null) {
                throw JsonMappingException.from(p, problem);
            }
            return value;
        }
    }
}
