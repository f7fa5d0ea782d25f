package io.servicebalance.web;

import io.servicebalance.rules.RuleViolation;
import java.net.URI;
import java.util.List;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every rejected request into {@code application/problem+json}: bad input 400 naming the field, a broken
 * business rule 409 (conflicts with the current state) or 422, an unknown aggregate 404, a concurrent change 409.
 */
@RestControllerAdvice
class ProblemHandling extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        List<Problems.FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> new Problems.FieldError(e.getField(), e.getDefaultMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return Problems.invalidInput(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Problems.FieldError> errors = ex.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(e -> new Problems.FieldError(
                        r.getMethodParameter().getParameterName(), e.getDefaultMessage())))
                .toList();
        return Problems.invalidInput(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return Problems.invalidInput(List.of(UnreadableBody.describe(ex)));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name = ex.getPropertyName() != null ? ex.getPropertyName() : "parameter";
        return Problems.invalidInput(List.of(new Problems.FieldError(name, "'" + ex.getValue() + "' is not a valid "
                + (ex.getRequiredType() != null ? ex.getRequiredType().getSimpleName() : "value"))));
    }

    /** Failures of a command, whether thrown directly or wrapped by Axon's command bus. */
    @ExceptionHandler({IllegalArgumentException.class, RuleViolation.class, AggregateNotFoundException.class,
            ConcurrencyException.class, AggregateStreamCreationException.class, CommandExecutionException.class})
    ResponseEntity<Object> commandRejected(Exception ex) {
        Throwable failure = ex;
        while (failure instanceof CommandExecutionException && failure.getCause() != null && failure.getCause() != failure) {
            failure = failure.getCause();
        }
        if (failure instanceof RuleViolation violation) {
            HttpStatus status = violation.kind() == RuleViolation.Kind.CONFLICT
                    ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY;
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, violation.getMessage());
            problem.setType(URI.create(Problems.TYPE_BASE + violation.rule()));
            problem.setTitle("Business rule violated");
            problem.setProperty("rule", violation.rule());
            return Problems.respond(problem);
        }
        if (failure instanceof AggregateNotFoundException notFound) {
            return Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found",
                    "Nothing is recorded under the id '" + notFound.getAggregateIdentifier() + "'");
        }
        if (failure instanceof AggregateStreamCreationException) {
            return Problems.of(HttpStatus.CONFLICT, "already-exists", "Already exists",
                    "Something is already recorded under this id; nothing was recorded.");
        }
        if (failure instanceof ConcurrencyException) {
            return Problems.of(HttpStatus.CONFLICT, "concurrent-modification", "Concurrent modification",
                    "Another request changed the same record at the same moment; nothing was recorded. Retry the request.");
        }
        if (failure instanceof IllegalArgumentException invalid) {
            return Problems.invalidInput(List.of(FieldMessages.fromMessage(invalid.getMessage())));
        }
        log.error("Command failed", ex);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "The request could not be completed; nothing was recorded.");
    }

    /** Anything unforeseen: logged for operators, answered without internals. */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<Object> unexpected(RuntimeException ex) {
        log.error("Request failed unexpectedly", ex);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "The request could not be completed.");
    }
}
