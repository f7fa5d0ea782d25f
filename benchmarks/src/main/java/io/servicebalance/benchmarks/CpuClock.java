package io.servicebalance.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * CPU time spent by this JVM and by the embedded PostgreSQL server (its postmaster and every backend, from
 * {@code /proc}), so that a figure measured on a busy machine can be read independently of what else runs there.
 * Linux only; elsewhere the server's share reads as zero.
 */
public final class CpuClock {

    private static final double TICK = 0.01;
    private final long postmaster;

    public CpuClock(JdbcTemplate jdbc) {
        Integer backend = jdbc.queryForObject("SELECT pg_backend_pid()", Integer.class);
        this.postmaster = backend == null ? -1 : field(backend, 3);
    }

    /** CPU seconds so far: this JVM plus the database server. */
    public double seconds() {
        return jvm() + server();
    }

    /** CPU seconds this JVM has used so far (all its threads). */
    public static double jvm() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1e9;
        }
        return 0;
    }

    /** CPU seconds the database server has used so far (as {@link #server()}). */
    public double serverSeconds() {
        return server();
    }

    /** CPU seconds the database server has used so far (its postmaster and every backend). */
    public double server() {
        return server(postmaster);
    }

    /**
     * CPU seconds a PostgreSQL server has used so far: its postmaster, the backends that have ended and those that
     * still run; 0 when it is not running (or not on Linux).
     */
    public static double server(long postmaster) {
        if (postmaster < 0 || field(postmaster, 13) < 0) {
            return 0;
        }
        long ticks = field(postmaster, 13) + field(postmaster, 14) + field(postmaster, 15) + field(postmaster, 16);
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            ticks += processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToLong(p -> Long.parseLong(p.getFileName().toString()))
                    .filter(pid -> field(pid, 3) == postmaster)
                    .map(pid -> field(pid, 13) + field(pid, 14)).sum();
        } catch (IOException e) {
            return 0;
        }
        return ticks * TICK;
    }

    /** A numeric field of /proc/PID/stat (0-based, counted after the command name), or -1. */
    private static long field(long pid, int index) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[index - 2]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
