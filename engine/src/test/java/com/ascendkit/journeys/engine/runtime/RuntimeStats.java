package com.ascendkit.journeys.engine.runtime;

import com.ascendkit.journeys.engine.store.Database;
import com.ascendkit.journeys.model.JourneyStats;
import java.util.Map;
import java.util.TreeMap;

/** Sums the sharded analytics counters, as the analytics API reads them. */
public final class RuntimeStats {
    private final Database db;

    public RuntimeStats(Database db) {
        this.db = db;
    }

    public JourneyStats totals(String journeyId) {
        return db.jdbi()
                .withHandle(
                        h ->
                                h.createQuery(
                                                "SELECT COALESCE(SUM(enrolled), 0),"
                                                        + " COALESCE(SUM(active), 0),"
                                                        + " COALESCE(SUM(completed), 0),"
                                                        + " COALESCE(SUM(failed), 0),"
                                                        + " COALESCE(SUM(exited), 0) FROM"
                                                        + " journey_totals WHERE journey_id = :j")
                                        .bind("j", journeyId)
                                        .map(
                                                (rs, ctx) ->
                                                        new JourneyStats(
                                                                rs.getLong(1),
                                                                rs.getLong(2),
                                                                rs.getLong(3),
                                                                rs.getLong(4),
                                                                rs.getLong(5)))
                                        .one());
    }

    /** current_users, entered, left_count, seconds_total of a node. */
    public long[] node(String journeyId, String node) {
        return db.jdbi()
                .withHandle(
                        h ->
                                h.createQuery(
                                                "SELECT COALESCE(SUM(current_users), 0),"
                                                        + " COALESCE(SUM(entered), 0),"
                                                        + " COALESCE(SUM(left_count), 0),"
                                                        + " COALESCE(SUM(seconds_total), 0) FROM"
                                                        + " node_counters WHERE journey_id = :j"
                                                        + " AND node = :n")
                                        .bind("j", journeyId)
                                        .bind("n", node)
                                        .map(
                                                (rs, ctx) ->
                                                        new long[] {
                                                            rs.getLong(1),
                                                            rs.getLong(2),
                                                            rs.getLong(3),
                                                            rs.getLong(4)
                                                        })
                                        .one());
    }

    public long fired(String journeyId, String transition) {
        return db.jdbi()
                .withHandle(
                        h ->
                                h.createQuery(
                                                "SELECT COALESCE(SUM(fired), 0) FROM"
                                                        + " transition_counters WHERE journey_id ="
                                                        + " :j AND transition = :t")
                                        .bind("j", journeyId)
                                        .bind("t", transition)
                                        .mapTo(Long.class)
                                        .one());
    }

    /** Visits per bucket of a node's time histogram. */
    public Map<Integer, Long> histogram(String journeyId, String node) {
        Map<Integer, Long> buckets = new TreeMap<>();
        db.jdbi()
                .useHandle(
                        h ->
                                h.createQuery(
                                                "SELECT bucket, SUM(visits) FROM"
                                                        + " node_time_histogram WHERE journey_id ="
                                                        + " :j AND node = :n GROUP BY bucket")
                                        .bind("j", journeyId)
                                        .bind("n", node)
                                        .map((rs, ctx) -> Map.entry(rs.getInt(1), rs.getLong(2)))
                                        .forEach(e -> buckets.put(e.getKey(), e.getValue())));
        return buckets;
    }
}
