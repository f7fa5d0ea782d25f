package io.servicebalance.work;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * This node's claims on work in the {@code work_claim} table. A claim is a lease the node renews by {@link
 * #heartbeat()}; work is claimed with {@code FOR UPDATE SKIP LOCKED}, so two nodes never take the same piece, and only
 * unclaimed work or work whose lease has expired (its node died) can be taken. Only the owner may finish work
 * ({@link #owns}, {@link #release}).
 */
public class WorkClaims {

    private static final Logger LOG = LoggerFactory.getLogger(WorkClaims.class);

    private final JdbcTemplate jdbc;
    private final String node;
    private final Duration lease;
    private final Map<String, Consumer<String>> recoveries = new ConcurrentHashMap<>();

    WorkClaims(JdbcTemplate jdbc, String node, Duration lease) {
        this.jdbc = jdbc;
        this.node = node;
        this.lease = lease;
    }

    /** A name unique to this process: host, process id and a random part. */
    static String newNodeId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "localhost";
        }
        return host + "-" + ManagementFactory.getRuntimeMXBean().getPid() + "-"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    public String node() {
        return node;
    }

    /** Records a piece of work nobody has claimed yet (queued). */
    public void offer(String kind, String workId) {
        jdbc.update("INSERT INTO work_claim (kind, work_id) VALUES (?, ?) ON CONFLICT DO NOTHING", kind, workId);
    }

    /** Records several pieces nobody has claimed yet, in the order given (claimed oldest first, then by id). */
    public void offerAll(String kind, List<String> workIds) {
        jdbc.batchUpdate("INSERT INTO work_claim (kind, work_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                workIds.stream().map(id -> new Object[] {kind, id}).toList());
    }

    /** Offers and claims at once: work this node accepted and will run. */
    public void claimNew(String kind, String workId) {
        jdbc.update("INSERT INTO work_claim (kind, work_id, owner, lease_expires_at, claimed_at, attempts)"
                + " VALUES (?, ?, ?, now() + ? * interval '1 millisecond', now(), 1)", kind, workId, node,
                lease.toMillis());
    }

    /** Claims the oldest unclaimed or abandoned piece of {@code kind}, if any; never one a live node holds. */
    public Optional<String> claimNext(String kind) {
        return take(kind, "(owner IS NULL OR lease_expires_at < now())", 1).stream().findFirst();
    }

    /**
     * As {@link #claimNext(String)}, skipping pieces whose id starts with one of {@code skipped} (work this node
     * cannot run, such as the jobs of a sweep whose history it reads differently).
     */
    public Optional<String> claimNext(String kind, Collection<String> skipped) {
        if (skipped.isEmpty()) {
            return claimNext(kind);
        }
        return take(kind, "(owner IS NULL OR lease_expires_at < now()) AND NOT (work_id LIKE ANY (?))", 1,
                (Object) skipped.stream().map(p -> p.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                        + "%").toArray(String[]::new)).stream().findFirst();
    }

    /** Hands a piece this node holds back to the queue, for another node to claim; false when it held none. */
    public boolean giveBack(String kind, String workId) {
        return jdbc.update("UPDATE work_claim SET owner = NULL, lease_expires_at = NULL, claimed_at = NULL"
                + " WHERE kind = ? AND work_id = ? AND owner = ?", kind, workId, node) > 0;
    }

    /** Drops every piece of {@code kind} whose id starts with {@code prefix}, whoever holds it (cancelled work). */
    public int withdraw(String kind, String prefix) {
        return jdbc.update("DELETE FROM work_claim WHERE kind = ? AND starts_with(work_id, ?)", kind, prefix);
    }

    /** Claims every piece of {@code kind} whose owner stopped renewing its lease (a dead node's work). */
    public List<String> claimAbandoned(String kind) {
        return take(kind, "lease_expires_at < now()", Integer.MAX_VALUE);
    }

    private List<String> take(String kind, String claimable, int limit, Object... parameters) {
        List<Object> arguments = new ArrayList<>(List.of(kind));
        arguments.addAll(List.of(parameters));
        arguments.addAll(List.of(limit, node, lease.toMillis()));
        // MATERIALIZED: evaluated once. Inlined into a nested loop, the locking subquery is scanned again for every
        // row, skips the rows this very statement has just updated, and the statement claims every claimable row.
        return jdbc.queryForList("WITH c AS MATERIALIZED (SELECT kind, work_id FROM work_claim WHERE kind = ? AND "
                + claimable + " ORDER BY created_at, work_id LIMIT ? FOR UPDATE SKIP LOCKED) UPDATE work_claim w SET"
                + " owner = ?, lease_expires_at = now() + ? * interval '1 millisecond', claimed_at = now(), attempts ="
                + " w.attempts + 1 FROM c WHERE w.kind = c.kind AND w.work_id = c.work_id RETURNING w.work_id",
                String.class, arguments.toArray());
    }

    /** Renews the lease of every claim this node holds and says this node is alive; returns how many claims. */
    public int heartbeat() {
        jdbc.update("INSERT INTO work_node (node, seen_at) VALUES (?, now()) ON CONFLICT (node) DO UPDATE SET"
                + " seen_at = now()", node);
        return jdbc.update("UPDATE work_claim SET lease_expires_at = now() + ? * interval '1 millisecond'"
                + " WHERE owner = ?", lease.toMillis(), node);
    }

    /** The nodes whose heartbeat was seen within one lease, this one first. */
    public List<String> liveNodes() {
        return jdbc.queryForList("SELECT node FROM work_node WHERE seen_at > now() - ? * interval '1 millisecond'"
                + " ORDER BY node <> ?, node", String.class, lease.toMillis(), node);
    }

    public boolean owns(String kind, String workId) {
        return jdbc.queryForObject("SELECT count(*) FROM work_claim WHERE kind = ? AND work_id = ? AND owner = ?",
                Integer.class, kind, workId, node) > 0;
    }

    /** The pieces of {@code kind} this node holds. */
    public List<String> mine(String kind) {
        return jdbc.queryForList("SELECT work_id FROM work_claim WHERE kind = ? AND owner = ? ORDER BY created_at",
                String.class, kind, node);
    }

    /** Ends this node's claim (the work is finished); false when it no longer held it (another node took over). */
    public boolean release(String kind, String workId) {
        return jdbc.update("DELETE FROM work_claim WHERE kind = ? AND work_id = ? AND owner = ?", kind, workId,
                node) > 0;
    }

    /**
     * As {@link #release}, on {@code connection}: the claim ends when that connection's transaction commits, so work
     * whose result commits in the same transaction ends exactly once; false when this node no longer held it.
     */
    public boolean release(Connection connection, String kind, String workId) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("DELETE FROM work_claim WHERE kind = ? AND work_id = ?"
                + " AND owner = ?")) {
            s.setString(1, kind);
            s.setString(2, workId);
            s.setString(3, node);
            return s.executeUpdate() > 0;
        }
    }

    /**
     * What to do with a dead node's work of {@code kind} once this node has claimed it (take it over, or mark it
     * failed); run by {@link #recoverAbandoned()}. The claim is released after the handler returns.
     */
    public void onAbandoned(String kind, Consumer<String> recovery) {
        recoveries.put(kind, recovery);
    }

    /** Claims every abandoned piece of work with a recovery and hands it over. */
    public void recoverAbandoned() {
        recoveries.forEach((kind, recovery) -> claimAbandoned(kind).forEach(id -> {
            LOG.warn("{} {} was left by a node that stopped renewing its lease; {} recovers it", kind, id, node);
            recovery.accept(id);
            release(kind, id);
        }));
    }
}
