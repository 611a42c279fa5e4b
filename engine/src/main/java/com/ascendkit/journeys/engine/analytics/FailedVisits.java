package com.ascendkit.journeys.engine.analytics;

import com.ascendkit.journeys.model.api.JourneyFailures;
import com.ascendkit.journeys.model.api.JourneyFailures.NodeFailures;
import com.ascendkit.journeys.model.api.JourneyFailures.Reason;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Where and why users failed, read from the path ({@code user_visits}) rather than from counters:
 * it reads the journey's visits (the primary key's prefix) and groups those that failed, so it
 * costs in proportion to the journey's visits. Callers ask only when the journey's failed total is
 * above zero. Reasons that name the user ({@code user 'u1' has no email address}) are grouped
 * without the name ({@code has no email address}); the stored path keeps them whole. Stateless and
 * thread-safe.
 */
final class FailedVisits {
    /**
     * The reason with the run-time's {@code user '<id>' } prefix of the visit's own user taken out.
     */
    private static final String REASON = "REPLACE(reason, 'user ''' || user_id || ''' ', '')";

    private static final String FAILED =
            " FROM user_visits WHERE journey_id = :id AND outcome = 'failed'";

    private FailedVisits() {}

    static JourneyFailures read(Handle handle, String journeyId) {
        Map<String, List<Reason>> reasons = new LinkedHashMap<>();
        handle.createQuery(
                        "SELECT node, "
                                + REASON
                                + " AS why, COUNT(DISTINCT user_id) AS users"
                                + FAILED
                                + " GROUP BY node, "
                                + REASON
                                + " ORDER BY node, users DESC, why")
                .bind("id", journeyId)
                .map(
                        (rs, ctx) ->
                                Map.entry(
                                        rs.getString("node"),
                                        new Reason(
                                                rs.getString("why") == null
                                                        ? "no reason was recorded"
                                                        : rs.getString("why"),
                                                rs.getLong("users"))))
                .forEach(
                        e ->
                                reasons.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                                        .add(e.getValue()));
        Map<String, NodeFailures> nodes = new LinkedHashMap<>();
        handle.createQuery(
                        "SELECT node, COUNT(DISTINCT user_id) AS users"
                                + FAILED
                                + " GROUP BY node ORDER BY node")
                .bind("id", journeyId)
                .map((rs, ctx) -> Map.entry(rs.getString("node"), rs.getLong("users")))
                .forEach(
                        e ->
                                nodes.put(
                                        e.getKey(),
                                        new NodeFailures(
                                                e.getValue(),
                                                reasons.getOrDefault(e.getKey(), List.of()))));
        return new JourneyFailures(nodes);
    }
}
