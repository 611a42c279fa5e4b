package com.ascendkit.journeys.engine.runtime.internal;

import com.ascendkit.journeys.engine.store.Dialect;
import com.ascendkit.journeys.engine.store.EngineJson;
import com.ascendkit.journeys.model.JourneyStatus;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Reads journeys from the journey API's {@code journeys} table. On PostgreSQL the rows are read
 * {@code FOR SHARE}, so that an edit of the journey (which locks its row for update) waits for the
 * events being applied with the old definition, and vice versa; H2 has no shared row locks.
 */
public final class JourneyRows {
    private static final RowMapper<LiveJourney> MAPPER =
            (rs, ctx) ->
                    new LiveJourney(
                            rs.getString("id"),
                            rs.getString("environment_id"),
                            JourneyStatus.parse(rs.getString("status")),
                            EngineJson.readDefinition(rs.getString("definition")));
    private static final String COLUMNS =
            "SELECT id, environment_id, status, definition FROM journeys";

    private final Dialect dialect;

    public JourneyRows(Dialect dialect) {
        this.dialect = dialect;
    }

    /**
     * The journeys of the environment that {@code event} enters or that hold one of {@code ids}.
     */
    public List<LiveJourney> forEvent(
            Handle h, String environmentId, String event, Collection<String> ids) {
        String idClause = ids.isEmpty() ? "" : " OR id IN (<ids>)";
        var query =
                h.createQuery(
                                COLUMNS
                                        + " WHERE environment_id = :env AND ((entry_event = :event"
                                        + " AND status = 'active')"
                                        + idClause
                                        + ") ORDER BY id"
                                        + share())
                        .bind("env", environmentId)
                        .bind("event", event);
        if (!ids.isEmpty()) {
            query.bindList("ids", List.copyOf(ids));
        }
        return query.map(MAPPER).list();
    }

    public Optional<LiveJourney> byId(Handle h, String journeyId) {
        return h.createQuery(COLUMNS + " WHERE id = :id" + share())
                .bind("id", journeyId)
                .map(MAPPER)
                .findOne();
    }

    /** The environment of a journey (the hooks receive journeys without it). */
    public String environmentOf(Handle h, String journeyId) {
        return h.createQuery("SELECT environment_id FROM journeys WHERE id = :id")
                .bind("id", journeyId)
                .mapTo(String.class)
                .findOne()
                .orElseThrow(() -> new IllegalStateException("no journey " + journeyId));
    }

    private String share() {
        return dialect == Dialect.POSTGRESQL ? " FOR SHARE" : "";
    }
}
