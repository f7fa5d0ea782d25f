package io.servicebalance.simulation.plan;

import io.servicebalance.contact.Channel;
import io.servicebalance.simulation.staffing.IntervalFigures;
import io.servicebalance.simulation.staffing.Intervals;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What optimising staffing found, as bytes and back (every double by its exact bits), so that a process preparing
 * the same run's sweep takes the schedules another one optimised instead of optimising again, and plans byte for
 * byte as that one would. The intervals are not stored: they follow from the scenario.
 */
final class StaffingPlanBytes {

    private static final int VERSION = 1;

    private StaffingPlanBytes() {
    }

    static byte[] encode(StaffingPlan plan) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(VERSION);
            out.writeLong(plan.simulations());
            strings(out, plan.warnings());
            out.writeInt(plan.rows().size());
            for (StaffingPlan.Row row : plan.rows()) {
                strings(out, List.of(row.policy()));
                out.writeBoolean(row.target() != null);
                out.writeLong(Double.doubleToRawLongBits(row.target() == null ? 0 : row.target()));
                IntervalFigures f = row.figures();
                out.writeInt(f.channel().ordinal());
                out.writeInt(f.agents().length);
                for (int c = 0; c < f.agents().length; c++) {
                    out.writeInt(f.agents()[c]);
                    out.writeLong(Double.doubleToRawLongBits(f.offered()[c]));
                    out.writeLong(Double.doubleToRawLongBits(f.serviceLevel()[c]));
                    out.writeLong(Double.doubleToRawLongBits(f.occupancy()[c]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** @throws IllegalArgumentException when the bytes are not a staffing plan of these intervals */
    static StaffingPlan decode(byte[] encoded, Intervals intervals) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded))) {
            if (in.readInt() != VERSION) {
                throw new IllegalArgumentException("stored optimised staffing of an unknown version");
            }
            long simulations = in.readLong();
            List<String> warnings = strings(in);
            List<StaffingPlan.Row> rows = new ArrayList<>();
            for (int r = in.readInt(); r > 0; r--) {
                String policy = strings(in).get(0);
                boolean targeted = in.readBoolean();
                double target = Double.longBitsToDouble(in.readLong());
                Channel channel = Channel.values()[in.readInt()];
                int cells = in.readInt();
                if (cells != intervals.cells()) {
                    throw new IllegalArgumentException("stored optimised staffing has " + cells + " intervals, not "
                            + intervals.cells());
                }
                int[] agents = new int[cells];
                double[][] figures = new double[3][cells];
                for (int c = 0; c < cells; c++) {
                    agents[c] = in.readInt();
                    for (double[] figure : figures) {
                        figure[c] = Double.longBitsToDouble(in.readLong());
                    }
                }
                rows.add(new StaffingPlan.Row(policy, targeted ? target : null, new IntervalFigures(channel,
                        intervals, agents, figures[0], figures[1], figures[2])));
            }
            return new StaffingPlan(rows, warnings, simulations);
        } catch (IOException e) {
            throw new IllegalArgumentException("stored optimised staffing cannot be read: " + e.getMessage(), e);
        }
    }

    private static void strings(DataOutputStream out, List<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String s : strings) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
        }
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        List<String> strings = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            strings.add(new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8));
        }
        return strings;
    }
}
