package io.servicebalance.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.servicebalance.history.ContactHistoryLag.Lag;
import org.junit.jupiter.api.Test;

class ContactHistoryLagTests {

    @Test
    void aReadModelThatProcessedNothingYetSaysNoneInsteadOfAPositionOfMinusOne() {
        Lag lag = new Lag(973_999, -1, false);

        assertThat(lag.position()).isEqualTo("none processed yet; the store's head is global index 973,999")
                .doesNotContain("-1");
        assertThat(lag.behind()).isEqualTo(974_000);
    }

    @Test
    void aReadModelPartlyThroughSaysUpToWhichGlobalIndexOfTheHead() {
        assertThat(new Lag(2_000, 1_499, false).position()).isEqualTo("processed up to global index 1,499 of 2,000");
    }
}
