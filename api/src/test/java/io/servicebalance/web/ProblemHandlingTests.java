package io.servicebalance.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.servicebalance.contact.Channel;
import io.servicebalance.rules.RuleViolation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@WebMvcTest(controllers = ProblemHandlingTests.Probe.class)
@Import({OpenSecurity.class, ProblemHandlingTests.Probe.class})
class ProblemHandlingTests {

    record Thing(@NotBlank @Size(max = 20) String name, @NotNull Channel channel, @Positive BigDecimal amount,
                 Instant at) {
        Thing {
            if (name != null && name.equals("forbidden")) {
                throw new IllegalArgumentException("name must not be 'forbidden'");
            }
        }
    }

    @RestController
    static class Probe {
        @PostMapping("/probe/things")
        Thing create(@Valid @RequestBody Thing thing) {
            return thing;
        }

        @PostMapping("/probe/fail/{what}")
        void fail(@PathVariable String what) {
            switch (what) {
                case "conflict" -> throw RuleViolation.conflict("customer-churned", "A churned customer cannot buy");
                case "unprocessable" -> throw RuleViolation.unprocessable("rating-out-of-range", "1 to 5");
                case "missing" -> throw new AggregateNotFoundException("c-42", "no such aggregate");
                case "concurrent" -> throw new ConcurrencyException("sequence clash");
                case "exists" -> throw new AggregateStreamCreationException("exists");
                case "wrapped" -> throw new CommandExecutionException("wrapped",
                        RuleViolation.conflict("already-answered", "Already answered"));
                default -> throw new IllegalStateException("boom");
            }
        }
    }

    @Autowired
    MockMvc mvc;

    private ResultActions postThing(String json) throws Exception {
        return mvc.perform(post("/probe/things").contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void validBodyIsAccepted() throws Exception {
        postThing("{\"name\":\"ok\",\"channel\":\"PHONE\",\"amount\":3}").andExpect(status().isOk());
    }

    @Test
    void missingFieldIsNamed() throws Exception {
        postThing("{\"channel\":\"PHONE\"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("name"))
                .andExpect(jsonPath("$.errors[0].field").value("name"));
    }

    @Test
    void unknownEnumValueIsNamedWithTheAllowedValues() throws Exception {
        postThing("{\"name\":\"ok\",\"channel\":\"FAX\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("channel"))
                .andExpect(jsonPath("$.errors[0].message").value("'FAX' is not one of PHONE, CHAT, EMAIL, SOCIAL"));
    }

    @Test
    void wrongTypeIsNamed() throws Exception {
        postThing("{\"name\":\"ok\",\"channel\":\"PHONE\",\"amount\":\"lots\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("amount"));
    }

    @Test
    void malformedInstantIsNamed() throws Exception {
        postThing("{\"name\":\"ok\",\"channel\":\"PHONE\",\"at\":\"yesterday\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("at"));
    }

    @Test
    void malformedJsonIsReported() throws Exception {
        postThing("{\"name\":").andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("body"));
    }

    @Test
    void unknownFieldIsNamed() throws Exception {
        postThing("{\"name\":\"ok\",\"channel\":\"PHONE\",\"colour\":\"red\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("colour"));
    }

    @Test
    void recordConstructorRejectionIsNamed() throws Exception {
        postThing("{\"name\":\"forbidden\",\"channel\":\"PHONE\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value("must not be 'forbidden'"));
    }

    @Test
    void oversizedFieldIsNamed() throws Exception {
        postThing("{\"name\":\"" + "x".repeat(21) + "\",\"channel\":\"PHONE\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("name"));
    }

    @Test
    void oversizedBodyIsRejected() throws Exception {
        postThing("{\"name\":\"" + "x".repeat(70_000) + "\",\"channel\":\"PHONE\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("body"))
                .andExpect(jsonPath("$.errors[0].message").value("exceeds the limit of 65536 bytes"));
    }

    @Test
    void conflictingRuleIs409WithTheRule() throws Exception {
        mvc.perform(post("/probe/fail/conflict"))
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.rule").value("customer-churned"));
    }

    @Test
    void unprocessableRuleIs422() throws Exception {
        mvc.perform(post("/probe/fail/unprocessable")).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.rule").value("rating-out-of-range"));
    }

    @Test
    void ruleWrappedByTheCommandBusIsUnwrapped() throws Exception {
        mvc.perform(post("/probe/fail/wrapped")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.rule").value("already-answered"));
    }

    @Test
    void unknownAggregateIs404() throws Exception {
        mvc.perform(post("/probe/fail/missing")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Nothing is recorded under the id 'c-42'"));
    }

    @Test
    void creatingWhatExistsIs409() throws Exception {
        mvc.perform(post("/probe/fail/exists")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://servicebalance.io/problems/already-exists"));
    }

    @Test
    void unexpectedFailureIs500WithoutDetails() throws Exception {
        mvc.perform(post("/probe/fail/other")).andExpect(status().isInternalServerError());
    }

    @Test
    void concurrentChangeIs409() throws Exception {
        mvc.perform(post("/probe/fail/concurrent")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://servicebalance.io/problems/concurrent-modification"));
    }
}
