package io.servicebalance.simulation.staffing;

import io.servicebalance.contact.Channel;
import io.servicebalance.simulation.Simulator;
import io.servicebalance.simulation.trace.Trace;
import io.servicebalance.simulation.trace.TraceBuilder;
import java.time.Instant;

/** One channel's contacts on their own, each with its cell, and the traffic offered per cell. */
final class ChannelTraffic {

    final Channel channel;
    final Trace trace;
    final Simulator simulator;
    final int[] cellOfRow;
    final int[] occurrences;
    final long[] arrivals;
    final double[] handleSum;

    ChannelTraffic(Trace all, int[] rows, Channel channel, Intervals intervals, Instant from, Instant to) {
        this.channel = channel;
        TraceBuilder builder = new TraceBuilder(rows.length);
        for (int i : rows) {
            builder.add(all.contact(i));
        }
        trace = builder.build();
        simulator = new Simulator(trace, intervals.zone());
        occurrences = intervals.occurrences(from, to);
        cellOfRow = new int[trace.size()];
        arrivals = new long[intervals.cells()];
        handleSum = new double[intervals.cells()];
        double origin = trace.origin().getEpochSecond() + trace.origin().getNano() / 1e9;
        for (int i = 0; i < trace.size(); i++) {
            int cell = intervals.cellOf(origin + trace.arrival(i));
            cellOfRow[i] = cell;
            arrivals[cell]++;
            handleSum[cell] += trace.handleSeconds(i);
        }
    }

    /** Mean contacts offered per occurrence of the cell. */
    double offered(int cell) {
        return occurrences[cell] == 0 ? 0 : (double) arrivals[cell] / occurrences[cell];
    }

    double ahtSeconds(int cell) {
        return arrivals[cell] == 0 ? 0 : handleSum[cell] / arrivals[cell];
    }
}
