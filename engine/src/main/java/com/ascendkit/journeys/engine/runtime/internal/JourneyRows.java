package com.ascendkit.journeys.engine.runtime.internal;

import com.ascendkit.journeys.engine.store.Dialect;
import com.ascendkit.journeys.engine.store.EngineJson;
import com.ascendkit.journeys.model.JourneyDefinition;
import com.ascendkit.journeys.model.JourneyStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Reads journeys from the journey API's {@code journeys} table. On PostgreSQL the rows are read
 * {@code FOR SHARE}, so that an edit of the journey (which locks its row for update) waits for the
 * events being applied with the old definition, and vice versa; H2 has no shared row locks.
 *
 * <p>Parsed definitions are kept per journey and version (every change of a definition raises the
 * version), so events read the small columns and parse a definition only when it changed. Status
 * always comes from the row. Thread-safe.
 */
public final class JourneyRows {
    private static final int CACHED_DEFINITIONS = 2_000;

    private record Row(String id, String environmentId, JourneyStatus status, long version) {}

    private record Parsed(long version, JourneyDefinition definition) {}

    private final Dialect dialect;
    private final Map<String, Parsed> definitions = new ConcurrentHashMap<>();

    public JourneyRows(Dialect dialect) {
        this.dialect = dialect;
    }

    /**
     * The journeys of the environment that one of {@code events} enters (active ones) or that are
     * among {@code ids}, in id order.
     */
    public List<LiveJourney> forEvents(
            Handle h, String environmentId, Collection<String> events, Collection<String> ids) {
        String idClause = ids.isEmpty() ? "" : " OR id IN (<ids>)";
        var query =
                h.createQuery(
                                "SELECT id, environment_id, status, version FROM journeys WHERE"
                                        + " environment_id = :env AND ((entry_event IN (<events>)"
                                        + " AND status = 'active')"
                                        + idClause
                                        + ") ORDER BY id"
                                        + share())
                        .bind("env", environmentId)
                        .bindList("events", List.copyOf(events));
        if (!ids.isEmpty()) {
            query.bindList("ids", List.copyOf(ids));
        }
        return live(h, query.map(JourneyRows::row).list());
    }

    public Optional<LiveJourney> byId(Handle h, String journeyId) {
        return byIds(h, List.of(journeyId)).stream().findFirst();
    }

    /** The journeys of {@code ids} that exist, in id order. */
    public List<LiveJourney> byIds(Handle h, Collection<String> ids) {
        List<Row> rows =
                h.createQuery(
                                "SELECT id, environment_id, status, version FROM journeys WHERE"
                                        + " id IN (<ids>) ORDER BY id"
                                        + share())
                        .bindList("ids", List.copyOf(ids))
                        .map(JourneyRows::row)
                        .list();
        return live(h, rows);
    }

    /** The environment of a journey (the hooks receive journeys without it). */
    public String environmentOf(Handle h, String journeyId) {
        return h.createQuery("SELECT environment_id FROM journeys WHERE id = :id")
                .bind("id", journeyId)
                .mapTo(String.class)
                .findOne()
                .orElseThrow(() -> new IllegalStateException("no journey " + journeyId));
    }

    private List<LiveJourney> live(Handle h, List<Row> rows) {
        List<String> stale = new ArrayList<>();
        Map<String, Parsed> read = new HashMap<>();
        for (Row r : rows) {
            Parsed p = definitions.get(r.id());
            if (p == null || p.version() != r.version()) {
                stale.add(r.id());
            } else {
                read.put(r.id(), p);
            }
        }
        if (!stale.isEmpty()) {
            h.createQuery("SELECT id, version, definition FROM journeys WHERE id IN (<ids>)")
                    .bindList("ids", stale)
                    .map(
                            (rs, ctx) ->
                                    Map.entry(
                                            rs.getString("id"),
                                            new Parsed(
                                                    rs.getLong("version"),
                                                    EngineJson.readDefinition(
                                                            rs.getString("definition")))))
                    .forEach(e -> read.put(e.getKey(), e.getValue()));
            if (definitions.size() > CACHED_DEFINITIONS) {
                definitions.clear();
            }
            stale.stream()
                    .filter(read::containsKey)
                    .forEach(id -> definitions.put(id, read.get(id)));
        }
        List<LiveJourney> result = new ArrayList<>();
        for (Row r : rows) {
            Parsed p = read.get(r.id());
            if (p != null) {
                result.add(new LiveJourney(r.id(), r.environmentId(), r.status(), p.definition()));
            }
        }
        return result;
    }

    private static Row row(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Row(
                rs.getString("id"),
                rs.getString("environment_id"),
                JourneyStatus.parse(rs.getString("status")),
                rs.getLong("version"));
    }

    private String share() {
        return dialect == Dialect.POSTGRESQL ? " FOR SHARE" : "";
    }
}
