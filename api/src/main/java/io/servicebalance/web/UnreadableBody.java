package io.servicebalance.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Explains why a request body could not be read, naming the field where there is one: malformed JSON, an unknown
 * field, a value of the wrong type, an unknown enum constant, a value a record rejected, or a body that is too large.
 */
final class UnreadableBody {

    private UnreadableBody() {
    }

    static Problems.FieldError describe(HttpMessageNotReadableException ex) {
        for (Throwable t = ex.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof BodyTooLarge tooLarge) {
                return new Problems.FieldError("body", tooLarge.getMessage());
            }
            if (t instanceof JsonParseException parse) {
                return new Problems.FieldError("body", "is not valid JSON: " + parse.getOriginalMessage());
            }
            if (t instanceof JsonMappingException mapping) {
                return describe(mapping);
            }
        }
        return new Problems.FieldError("body", "is missing or unreadable");
    }

    private static Problems.FieldError describe(JsonMappingException ex) {
        String path = path(ex);
        if (ex instanceof UnrecognizedPropertyException unknown) {
            return new Problems.FieldError(path, "is not a known field");
        }
        if (ex instanceof ValueInstantiationException instantiation && instantiation.getCause() != null) {
            Problems.FieldError named = FieldMessages.fromMessage(instantiation.getCause().getMessage());
            return named.field().equals("body") ? new Problems.FieldError(orBody(path), named.message()) : prefixed(path, named);
        }
        if (ex instanceof InvalidFormatException format) {
            return new Problems.FieldError(orBody(path), "'" + format.getValue() + "' is not " + expected(format.getTargetType()));
        }
        if (ex instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return new Problems.FieldError(orBody(path), "must be " + expected(mismatch.getTargetType()));
        }
        return new Problems.FieldError(orBody(path), ex.getOriginalMessage());
    }

    private static Problems.FieldError prefixed(String path, Problems.FieldError named) {
        String field = path.isEmpty() || path.endsWith(named.field()) ? named.field() : path + "." + named.field();
        return new Problems.FieldError(field, named.message());
    }

    private static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == java.time.Instant.class) {
            return "an ISO-8601 instant such as 2026-01-31T09:30:00Z";
        }
        return "a valid " + type.getSimpleName();
    }

    private static String path(JsonMappingException ex) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : ex.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String orBody(String path) {
        return path.isEmpty() ? "body" : path;
    }
}
