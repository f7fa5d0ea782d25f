package io.servicebalance.customer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.servicebalance.customer.CustomerCommands.RecordPurchase;
import io.servicebalance.customer.CustomerCommands.RegisterCustomer;
import io.servicebalance.customer.ServiceTier;
import io.servicebalance.rules.RuleViolation;
import io.servicebalance.web.Recorder;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@WebMvcTest(CustomerCommandEndpoints.class)
@Import({io.servicebalance.web.OpenSecurity.class, Recorder.class, CustomerCommandEndpointsTests.FixedClock.class})
class CustomerCommandEndpointsTests {

    static final Instant NOW = Instant.parse("2026-05-05T05:05:05Z");

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CommandGateway gateway;

    private ResultActions post(String path, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void registerLeavesAnOmittedTimeToTheCommandHandlersClockAndAnswers201() throws Exception {
        post("/api/customers", "{\"id\":\"c-7\",\"name\":\"Ada\",\"email\":\"ada@example.com\",\"tier\":\"CARE\"}")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/customers/c-7"))
                .andExpect(jsonPath("$.id").value("c-7"));
        ArgumentCaptor<RegisterCustomer> sent = ArgumentCaptor.forClass(RegisterCustomer.class);
        verify(gateway).sendAndWait(sent.capture());
        assertThat(sent.getValue().tier()).isEqualTo(ServiceTier.CARE);
        assertThat(sent.getValue().occurredAt()).isNull();
    }

    @Test
    void registerWithoutIdGeneratesOne() throws Exception {
        post("/api/customers", "{\"name\":\"Ada\",\"email\":\"ada@example.com\",\"tier\":\"BASIC\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNotEmpty());
    }

    @Test
    void missingTierIsNamedAndNothingIsSent() throws Exception {
        post("/api/customers", "{\"name\":\"Ada\",\"email\":\"ada@example.com\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("tier"));
        verify(gateway, never()).sendAndWait(any());
    }

    @Test
    void malformedEmailIsNamed() throws Exception {
        post("/api/customers", "{\"name\":\"Ada\",\"email\":\"nope\",\"tier\":\"BASIC\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("email"));
        verify(gateway, never()).sendAndWait(any());
    }

    @Test
    void unknownTierIsNamed() throws Exception {
        post("/api/customers/c-7/tier", "{\"tier\":\"GOLD\",\"reason\":\"x\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("tier"));
    }

    @Test
    void nonPositivePurchaseIsNamed() throws Exception {
        post("/api/customers/c-7/purchases", "{\"amount\":0,\"currency\":\"EUR\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("amount"));
        verify(gateway, never()).sendAndWait(any());
    }

    @Test
    void purchaseKeepsTheGivenBusinessTime() throws Exception {
        post("/api/customers/c-7/purchases", "{\"amount\":12.5,\"currency\":\"EUR\",\"occurredAt\":\"2025-12-24T10:00:00Z\"}")
                .andExpect(status().isNoContent());
        ArgumentCaptor<RecordPurchase> sent = ArgumentCaptor.forClass(RecordPurchase.class);
        verify(gateway).sendAndWait(sent.capture());
        assertThat(sent.getValue().occurredAt()).isEqualTo(Instant.parse("2025-12-24T10:00:00Z"));
    }

    @Test
    void brokenRuleIs409() throws Exception {
        when(gateway.sendAndWait(any())).thenThrow(RuleViolation.conflict("customer-churned", "churned"));
        post("/api/customers/c-7/purchases", "{\"amount\":1,\"currency\":\"EUR\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.rule").value("customer-churned"));
    }

    @Test
    void unknownCustomerIs404() throws Exception {
        when(gateway.sendAndWait(any())).thenThrow(new AggregateNotFoundException("c-404", "none"));
        post("/api/customers/c-404/churn", "{\"reason\":\"gone\"}").andExpect(status().isNotFound());
    }
}
