package com.ascendkit.journeys.engine.runtime.steps;

import com.ascendkit.journeys.engine.store.EngineJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** Reads of {@code user_steps}. Stateless. */
public final class StepReads {
    private static final TypeReference<Map<String, Object>> DETAIL = new TypeReference<>() {};
    private static final String COLUMNS =
            "SELECT id, environment_id, journey_id, user_id, visit_no, node, kind, happened_at,"
                    + " outcome, transition, target, event, message_id, reason, detail"
                    + " FROM user_steps";
    private static final RowMapper<StepRow> MAPPER =
            (rs, ctx) ->
                    new StepRow(
                            rs.getLong("id"),
                            rs.getString("environment_id"),
                            rs.getString("journey_id"),
                            rs.getString("user_id"),
                            rs.getInt("visit_no"),
                            rs.getString("node"),
                            rs.getString("kind"),
                            rs.getObject("happened_at", OffsetDateTime.class).toInstant(),
                            rs.getString("outcome"),
                            rs.getString("transition"),
                            rs.getString("target"),
                            rs.getString("event"),
                            rs.getString("message_id"),
                            rs.getString("reason"),
                            detail(rs.getString("detail")));

    private StepReads() {}

    /** Every step of the user in the journey, in the order they happened. */
    public static List<StepRow> of(Handle h, String journeyId, String userId) {
        return h.createQuery(COLUMNS + " WHERE journey_id = :j AND user_id = :u ORDER BY id")
                .bind("j", journeyId)
                .bind("u", userId)
                .map(MAPPER)
                .list();
    }

    /** The last step of each of {@code userIds} in the journey, by user id. */
    public static Map<String, StepRow> last(
            Handle h, String journeyId, Collection<String> userIds) {
        Map<String, StepRow> last = new HashMap<>();
        if (userIds.isEmpty()) {
            return last;
        }
        h.createQuery(
                        COLUMNS
                                + " WHERE id IN (SELECT MAX(id) FROM user_steps WHERE journey_id"
                                + " = :j AND user_id IN (<ids>) GROUP BY user_id)")
                .bind("j", journeyId)
                .bindList("ids", List.copyOf(userIds))
                .map(MAPPER)
                .forEach(s -> last.put(s.userId(), s));
        return last;
    }

    private static Map<String, Object> detail(String json) {
        if (json == null) {
            return Map.of();
        }
        try {
            return EngineJson.mapper().readValue(json, DETAIL);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
