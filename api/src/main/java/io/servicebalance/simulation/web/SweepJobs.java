package io.servicebalance.simulation.web;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The sweep_job table: a run's sweep as jobs of consecutive steps, each job's figures once a node has run it. Figures
 * are stored as the doubles' exact bits, so the merged plan is the one a single process computes, byte for byte.
 */
@Repository
class SweepJobs {

    /** The kind of a job's claim in {@code work_claim}; its id is {@link #workId}. */
    static final String KIND = "sweep-job";

    /** A job: steps {@code [first, end)} of run {@code run}. */
    record Job(UUID run, int job, long first, long end) {
    }

    /** How far a run's jobs are: all of them, those finished, and the first error, if any. */
    record Progress(int jobs, int finished, long stepsFinished, String error) {

        boolean complete() {
            return jobs > 0 && finished == jobs;
        }
    }

    /** The work a node did for one run. */
    record NodeWork(String node, int jobs, long steps, long cpuMillis, long wallMillis) {
    }

    private final JdbcTemplate jdbc;

    SweepJobs(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static String workId(UUID run, int job) {
        return run + "/" + String.format("%06d", job);
    }

    static String prefix(UUID run) {
        return run + "/";
    }

    /** The job a claim names. */
    Optional<Job> find(String workId) {
        int slash = workId.indexOf('/');
        UUID run = UUID.fromString(workId.substring(0, slash));
        int job = Integer.parseInt(workId.substring(slash + 1));
        return jdbc.query("SELECT first_step, end_step FROM sweep_job WHERE run_id = ? AND job = ?",
                (rs, n) -> new Job(run, job, rs.getLong(1), rs.getLong(2)), run, job).stream().findFirst();
    }

    /** Splits {@code steps} into at most {@code jobs} jobs of nearly equal size and stores them (none finished). */
    List<Job> split(UUID run, long steps, int jobs) {
        int count = (int) Math.max(1, Math.min(jobs, steps));
        List<Job> split = new ArrayList<>();
        for (int j = 0; j < count; j++) {
            split.add(new Job(run, j, steps * j / count, steps * (j + 1) / count));
        }
        jdbc.batchUpdate("INSERT INTO sweep_job (run_id, job, first_step, end_step) VALUES (?, ?, ?, ?)",
                split.stream().map(j -> new Object[] {run, j.job(), j.first(), j.end()}).toList());
        return split;
    }

    /** Drops a run's jobs and their figures (its sweep starts again). */
    void drop(UUID run) {
        jdbc.update("DELETE FROM sweep_job WHERE run_id = ?", run);
    }

    /**
     * Stores a job's figures, only while {@code node} holds its claim; false when it does not (another node took it
     * over) and nothing was written.
     */
    boolean finish(Job job, String node, byte[][] figures, long cpuMillis, long wallMillis) {
        return jdbc.update("UPDATE sweep_job SET figures = ?, node = ?, cpu_millis = ?, wall_millis = ?, finished_at"
                + " = now() WHERE run_id = ? AND job = ? AND figures IS NULL AND EXISTS (SELECT 1 FROM work_claim"
                + " WHERE kind = ? AND work_id = ? AND owner = ?)", encode(figures), node, cpuMillis, wallMillis,
                job.run(), job.job(), KIND, workId(job.run(), job.job()), node) == 1;
    }

    /**
     * Records why a job could not run, only while {@code node} holds its claim (a node whose job was taken over
     * fails nothing); the run fails with it.
     */
    void fail(Job job, String node, String error) {
        jdbc.update("UPDATE sweep_job SET error = ?, node = ? WHERE run_id = ? AND job = ? AND figures IS NULL AND"
                + " EXISTS (SELECT 1 FROM work_claim WHERE kind = ? AND work_id = ? AND owner = ?)", error, node,
                job.run(), job.job(), KIND, workId(job.run(), job.job()), node);
    }

    Progress progress(UUID run) {
        return jdbc.queryForObject("SELECT count(*), count(figures), coalesce(sum(end_step - first_step) FILTER"
                + " (WHERE figures IS NOT NULL), 0), min(error) FROM sweep_job WHERE run_id = ?", (rs, n) ->
                new Progress(rs.getInt(1), rs.getInt(2), rs.getLong(3), rs.getString(4)), run);
    }

    /** Every step's figures, in step order. */
    byte[][] figures(UUID run, long steps) {
        byte[][] figures = new byte[Math.toIntExact(steps)][];
        jdbc.query("SELECT first_step, end_step, figures FROM sweep_job WHERE run_id = ? AND figures IS NOT NULL",
                rs -> {
                    decode(rs.getBytes(3), figures, rs.getLong(1), rs.getLong(2));
                }, run);
        return figures;
    }

    /** Who ran a run's jobs, node by node. */
    List<NodeWork> work(UUID run) {
        return jdbc.query("SELECT node, count(*), sum(end_step - first_step), sum(cpu_millis), sum(wall_millis) FROM"
                + " sweep_job WHERE run_id = ? AND figures IS NOT NULL GROUP BY node ORDER BY node", (rs, n) ->
                new NodeWork(rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)), run);
    }

    static byte[] encode(byte[][] figures) {
        int bytes = 0;
        for (byte[] f : figures) {
            bytes += 4 + f.length;
        }
        ByteBuffer all = ByteBuffer.allocate(bytes);
        for (byte[] f : figures) {
            all.putInt(f.length).put(f);
        }
        return all.array();
    }

    static void decode(byte[] encoded, byte[][] into, long first, long end) {
        ByteBuffer bytes = ByteBuffer.wrap(encoded);
        for (long s = first; s < end; s++) {
            byte[] f = new byte[bytes.getInt()];
            bytes.get(f);
            into[(int) s] = f;
        }
    }
}
