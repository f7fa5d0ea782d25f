package io.servicebalance.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DemoUserPolicyTests {

    @Test
    void autoAllowsDemoUsersOnlyWithTheEmbeddedDatabase() {
        assertThat(DemoUserPolicy.of("auto", null).enabled()).isTrue();
        assertThat(DemoUserPolicy.of("auto", "").enabled()).isTrue();
        assertThat(DemoUserPolicy.of("auto", "jdbc:postgresql://db:5432/crm").enabled()).isFalse();
    }

    @Test
    void anExplicitSettingWins() {
        assertThat(DemoUserPolicy.of("true", "jdbc:postgresql://db:5432/crm").enabled()).isTrue();
        assertThat(DemoUserPolicy.of("false", null).enabled()).isFalse();
        assertThatThrownBy(() -> DemoUserPolicy.of("maybe", null)).hasMessageContaining("auto, true or false");
    }
}
