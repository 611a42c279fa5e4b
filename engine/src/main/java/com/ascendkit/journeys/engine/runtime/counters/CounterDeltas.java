package com.ascendkit.journeys.engine.runtime.counters;

import com.ascendkit.journeys.engine.store.Dialect;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import org.jdbi.v3.core.Handle;

/**
 * The analytics counter changes of one transaction, added up in memory and written at its end into
 * one shard chosen at random (of {@link #SHARDS}). Rows are written in key order, so concurrent
 * transactions lock counter rows in the same order and do not deadlock on them. Not thread-safe:
 * one per transaction.
 */
public final class CounterDeltas {
    public static final int SHARDS = 8;
    private static final char SEP = '\u0000';

    private final int shard = ThreadLocalRandom.current().nextInt(SHARDS);
    // journey -> enrolled, active, completed, failed, exited
    private final Map<String, long[]> totals = new TreeMap<>();
    // journey SEP node -> current_users, entered, left_count, seconds_total
    private final Map<String, long[]> nodes = new TreeMap<>();
    // journey SEP node SEP bucket -> visits
    private final Map<String, long[]> histogram = new TreeMap<>();
    // journey SEP transition -> fired
    private final Map<String, long[]> transitions = new TreeMap<>();
    private final Set<String> journeys = new TreeSet<>();

    public void enrolled(String journeyId) {
        total(journeyId, 0, 1);
        total(journeyId, 1, 1);
    }

    /** The user's state ended: {@code outcome} is completed, failed or exited. */
    public void ended(String journeyId, String outcome) {
        total(journeyId, 1, -1);
        int index =
                switch (outcome) {
                    case "completed" -> 2;
                    case "failed" -> 3;
                    case "exited" -> 4;
                    default -> throw new IllegalArgumentException("outcome " + outcome);
                };
        total(journeyId, index, 1);
    }

    public void nodeEntered(String journeyId, String node) {
        long[] row = nodes.computeIfAbsent(journeyId + SEP + node, k -> new long[4]);
        row[0]++;
        row[1]++;
        journeys.add(journeyId);
    }

    public void nodeLeft(String journeyId, String node, long seconds) {
        long[] row = nodes.computeIfAbsent(journeyId + SEP + node, k -> new long[4]);
        row[0]--;
        row[2]++;
        row[3] += seconds;
        histogram
                .computeIfAbsent(
                        journeyId + SEP + node + SEP + TimeBuckets.bucketOf(seconds),
                        k -> new long[1])[0]++;
    }

    public void transitionFired(String journeyId, String transition) {
        transitions.computeIfAbsent(journeyId + SEP + transition, k -> new long[1])[0]++;
        journeys.add(journeyId);
    }

    /** The journeys whose counters this transaction changed. */
    public Set<String> journeys() {
        return Set.copyOf(journeys);
    }

    public void flush(Handle h, Dialect dialect) {
        Upsert totalsUpsert =
                new Upsert(
                        dialect,
                        "journey_totals",
                        List.of("journey_id"),
                        List.of("enrolled", "active", "completed", "failed", "exited"));
        Upsert nodeUpsert =
                new Upsert(
                        dialect,
                        "node_counters",
                        List.of("journey_id", "node"),
                        List.of("current_users", "entered", "left_count", "seconds_total"));
        Upsert histogramUpsert =
                new Upsert(
                        dialect,
                        "node_time_histogram",
                        List.of("journey_id", "node", "bucket"),
                        List.of("visits"));
        Upsert transitionUpsert =
                new Upsert(
                        dialect,
                        "transition_counters",
                        List.of("journey_id", "transition"),
                        List.of("fired"));
        write(h, totalsUpsert, totals);
        write(h, nodeUpsert, nodes);
        write(h, histogramUpsert, histogram);
        write(h, transitionUpsert, transitions);
        totals.clear();
        nodes.clear();
        histogram.clear();
        transitions.clear();
    }

    private void write(Handle h, Upsert upsert, Map<String, long[]> rows) {
        for (Map.Entry<String, long[]> e : rows.entrySet()) {
            String[] key = e.getKey().split(String.valueOf(SEP), -1);
            upsert.add(h, key, shard, e.getValue());
        }
    }

    private void total(String journeyId, int index, long delta) {
        totals.computeIfAbsent(journeyId, k -> new long[5])[index] += delta;
        journeys.add(journeyId);
    }
}
