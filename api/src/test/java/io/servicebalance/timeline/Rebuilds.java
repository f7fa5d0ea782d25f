package io.servicebalance.timeline;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.springframework.context.ApplicationContext;

/** Runs a rebuild of the customer read model to its end, for tests outside this package. */
public final class Rebuilds {

    private Rebuilds() {
    }

    /** @return the generation the rebuild filled (now the active one) */
    public static int run(ApplicationContext context) {
        TimelineRebuild rebuild = context.getBean(TimelineRebuild.class);
        rebuild.start().orElseThrow(() -> new IllegalStateException("a rebuild is already running"));
        await().atMost(Duration.ofMinutes(5)).until(() -> !rebuild.status().state().equals("RUNNING"));
        if (!rebuild.status().state().equals("DONE")) {
            throw new IllegalStateException("the rebuild ended " + rebuild.status());
        }
        return rebuild.status().generation();
    }
}
