package com.ascendkit.journeys.engine.analytics;

import com.ascendkit.journeys.model.JourneyDefinition;
import com.ascendkit.journeys.model.JourneyStats;
import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.model.api.JourneyAnalytics;
import com.ascendkit.journeys.model.api.JourneyAnalytics.NodeStats;
import com.ascendkit.journeys.model.api.JourneyAnalytics.TransitionStats;
import com.ascendkit.journeys.model.api.JourneyFailures;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;

/** {@link AnalyticsRepository} on V1's counter tables. Stateless and thread-safe. */
public final class JdbiAnalyticsRepository implements AnalyticsRepository {
    private static final String TOTALS =
            "COALESCE(SUM(enrolled), 0) AS enrolled, COALESCE(SUM(active), 0) AS active,"
                    + " COALESCE(SUM(completed), 0) AS completed,"
                    + " COALESCE(SUM(failed), 0) AS failed, COALESCE(SUM(exited), 0) AS exited";

    @Override
    public JourneyStats totals(Handle handle, String journeyId) {
        return handle.createQuery(
                        "SELECT " + TOTALS + " FROM journey_totals WHERE journey_id = :id")
                .bind("id", journeyId)
                .map((rs, ctx) -> stats(rs))
                .one();
    }

    @Override
    public Map<String, JourneyStats> totalsByJourney(Handle handle, String environmentId) {
        Map<String, JourneyStats> out = new HashMap<>();
        handle.createQuery(
                        "SELECT t.journey_id, "
                                + TOTALS
                                + " FROM journey_totals t JOIN journeys j ON j.id = t.journey_id"
                                + " WHERE j.environment_id = :env GROUP BY t.journey_id")
                .bind("env", environmentId)
                .map((rs, ctx) -> Map.entry(rs.getString("journey_id"), stats(rs)))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    @Override
    public Map<String, Long> currentUsers(Handle handle, String journeyId) {
        Map<String, Long> out = new HashMap<>();
        handle.createQuery(
                        "SELECT node, SUM(current_users) AS users FROM node_counters"
                                + " WHERE journey_id = :id GROUP BY node")
                .bind("id", journeyId)
                .map((rs, ctx) -> Map.entry(rs.getString("node"), rs.getLong("users")))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    @Override
    public JourneyAnalytics analytics(Handle handle, String journeyId, JourneyDefinition def) {
        Map<String, long[]> counters = nodeCounters(handle, journeyId);
        Map<String, SortedMap<Integer, Long>> histograms = histograms(handle, journeyId);
        Map<String, Long> fired = fired(handle, journeyId);

        Map<String, NodeStats> nodes = new LinkedHashMap<>();
        for (String node : def.nodes().keySet()) {
            long[] c = counters.getOrDefault(node, new long[4]);
            double avg = c[2] == 0 ? 0 : (double) c[3] / c[2];
            double median = HistogramMedian.median(histograms.getOrDefault(node, new TreeMap<>()));
            nodes.put(node, new NodeStats(c[0], c[1], avg, median));
        }
        Map<String, TransitionStats> transitions = new LinkedHashMap<>();
        for (Transition t : def.transitions()) {
            long count = fired.getOrDefault(t.name(), 0L);
            long entered = counters.getOrDefault(t.from(), new long[4])[1];
            transitions.put(
                    t.name(),
                    new TransitionStats(count, entered == 0 ? 0 : (double) count / entered));
        }
        return new JourneyAnalytics(totals(handle, journeyId), nodes, transitions);
    }

    @Override
    public JourneyFailures failures(Handle handle, String journeyId) {
        return FailedVisits.read(handle, journeyId);
    }

    @Override
    public void deleteCounters(Handle handle, String journeyId) {
        for (String table :
                new String[] {
                    "journey_totals", "node_counters", "node_time_histogram", "transition_counters"
                }) {
            handle.createUpdate("DELETE FROM " + table + " WHERE journey_id = :id")
                    .bind("id", journeyId)
                    .execute();
        }
    }

    /** Per node: current, entered, left, seconds. */
    private static Map<String, long[]> nodeCounters(Handle handle, String journeyId) {
        Map<String, long[]> out = new HashMap<>();
        handle.createQuery(
                        "SELECT node, SUM(current_users) AS c, SUM(entered) AS e,"
                                + " SUM(left_count) AS l, SUM(seconds_total) AS s"
                                + " FROM node_counters WHERE journey_id = :id GROUP BY node")
                .bind("id", journeyId)
                .map(
                        (rs, ctx) ->
                                Map.entry(
                                        rs.getString("node"),
                                        new long[] {
                                            rs.getLong("c"),
                                            rs.getLong("e"),
                                            rs.getLong("l"),
                                            rs.getLong("s")
                                        }))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static Map<String, SortedMap<Integer, Long>> histograms(Handle handle, String id) {
        Map<String, SortedMap<Integer, Long>> out = new HashMap<>();
        handle.createQuery(
                        "SELECT node, bucket, SUM(visits) AS v FROM node_time_histogram"
                                + " WHERE journey_id = :id GROUP BY node, bucket")
                .bind("id", id)
                .map(
                        (rs, ctx) ->
                                new Object[] {
                                    rs.getString("node"), rs.getInt("bucket"), rs.getLong("v")
                                })
                .forEach(
                        r ->
                                out.computeIfAbsent((String) r[0], k -> new TreeMap<>())
                                        .put((Integer) r[1], (Long) r[2]));
        return out;
    }

    private static Map<String, Long> fired(Handle handle, String journeyId) {
        Map<String, Long> out = new HashMap<>();
        handle.createQuery(
                        "SELECT transition, SUM(fired) AS f FROM transition_counters"
                                + " WHERE journey_id = :id GROUP BY transition")
                .bind("id", journeyId)
                .map((rs, ctx) -> Map.entry(rs.getString("transition"), rs.getLong("f")))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static JourneyStats stats(ResultSet rs) throws SQLException {
        return new JourneyStats(
                rs.getLong("enrolled"),
                rs.getLong("active"),
                rs.getLong("completed"),
                rs.getLong("failed"),
                rs.getLong("exited"));
    }
}
