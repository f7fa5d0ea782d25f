package io.servicebalance.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.servicebalance.contact.Channel;
import io.servicebalance.contact.ServiceLevelAgreement;
import io.servicebalance.customer.ServiceTier;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlaTargetsTests {

    @Test
    void theConfigurationIsTheAgreementKpisAndPlansApplyWithDefaultsForWhatItLeavesOut() {
        ServiceLevelAgreement sla = new SlaTargets(Map.of(ServiceTier.BASIC, Map.of(Channel.PHONE, 45L)), 8L)
                .agreement();
        assertThat(sla.thresholdSeconds(ServiceTier.BASIC, Channel.PHONE)).isEqualTo(45);
        assertThat(sla.thresholdSeconds(ServiceTier.PREMIUM, Channel.PHONE)).isEqualTo(10);
        assertThat(sla.thresholdSeconds(ServiceTier.STANDARD, Channel.EMAIL)).isEqualTo(86_400);
        assertThat(sla.answeredLate(ServiceTier.BASIC, Channel.PHONE, 45)).isFalse();
        assertThat(sla.answeredLate(ServiceTier.BASIC, Channel.PHONE, 46)).isTrue();
        assertThat(sla.shortAbandon(7.9)).isTrue();
        assertThat(sla.shortAbandon(8)).isFalse();
        assertThat(new SlaTargets(null, null).agreement().shortAbandonSeconds()).isEqualTo(5);
    }
}
