package io.servicebalance.simulation.plan;

import java.util.Locale;

/**
 * The heap a plan needs beyond the server's own, estimated before it runs (docs/planning.md, "Limits"):
 * <ul>
 *   <li>per step (a replication of a policy): its priced figures, {@value #BYTES_PER_STEP} bytes;</li>
 *   <li>per policy: the policy, its result, its report and CSV rows, {@value #BYTES_PER_POLICY} bytes;</li>
 *   <li>per contact: the trace, {@value #BYTES_PER_CONTACT} bytes, plus each worker's replication state (queues,
 *       outcomes, and the resampled sample path with room for bootstrapped days busier than the average),
 *       {@value #BYTES_PER_CONTACT_AND_WORKER} bytes;</li>
 *   <li>when staffing is optimised, as much again per contact (each channel's own copy of the trace and each worker's
 *       replication of it) and {@value #BYTES_PER_OPTIMISATION} bytes per optimisation (its cells' figures).</li>
 * </ul>
 * The figures are rounded up from what the classes hold, so the estimate errs high.
 */
public record MemoryEstimate(long bytes, GridSize size, int contacts, int threads) {

    static final long BYTES_PER_STEP = 640;
    static final long BYTES_PER_POLICY = 8_192;
    static final long BYTES_PER_CONTACT = 160;
    static final long BYTES_PER_CONTACT_AND_WORKER = 160;
    static final long BYTES_PER_OPTIMISATION = 65_536;

    public static MemoryEstimate of(GridSize size, int contacts, int threads) {
        double bytes = (double) size.steps() * BYTES_PER_STEP + (size.policies() + 1.0) * BYTES_PER_POLICY
                + contacts * (BYTES_PER_CONTACT + (double) BYTES_PER_CONTACT_AND_WORKER * Math.max(1, threads))
                * (size.optimisations() > 0 ? 2 : 1) + (double) size.optimisations() * BYTES_PER_OPTIMISATION;
        return new MemoryEstimate(bytes >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) bytes, size, contacts, threads);
    }

    String describe() {
        return String.format(Locale.ROOT, "this plan needs an estimated %s (%,d steps, %,d contacts, %d workers)",
                mebibytes(bytes), size.steps(), contacts, threads);
    }

    static String mebibytes(long bytes) {
        return bytes == Long.MAX_VALUE ? "more than 8 EiB" : String.format(Locale.ROOT, "%,d MiB",
                (bytes + (1 << 20) - 1) >> 20);
    }
}
