package com.ascendkit.journeys.engine.runtime;

import com.ascendkit.journeys.engine.runtime.states.StateStore;
import com.ascendkit.journeys.engine.runtime.states.UserState;
import com.ascendkit.journeys.engine.runtime.timers.SimulatedClock;
import com.ascendkit.journeys.engine.store.Database;
import com.ascendkit.journeys.engine.store.DatabaseConfig;
import com.ascendkit.journeys.engine.store.EngineJson;
import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.JourneyDefinition;
import com.ascendkit.journeys.model.JourneyStatus;
import com.ascendkit.journeys.model.Node;
import com.ascendkit.journeys.model.Transition;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;

/**
 * A real database with an environment, and a run-time on a simulated clock. Journeys, templates,
 * surveys and identities are written with SQL here, standing in for the journey API (which writes
 * them in production and calls the hooks the way {@link #edit} does).
 */
public final class RuntimeFixture implements AutoCloseable {
    public static final String ENV = "env_test";
    public static final Instant START = Instant.parse("2026-01-05T09:00:00Z");
    private static final AtomicInteger IDS = new AtomicInteger();

    public final Database db;
    public final SimulatedClock clock = new SimulatedClock(START);
    public final JourneyRuntime runtime;
    public final RuntimeStats stats;

    public RuntimeFixture(DatabaseConfig config) {
        this(config, b -> {});
    }

    public RuntimeFixture(DatabaseConfig config, Consumer<RuntimeSettings.Builder> settings) {
        this.db = Database.open(config);
        db.jdbi()
                .useHandle(
                        h ->
                                h.execute(
                                        "INSERT INTO environments VALUES (?, 'test', NULL, '{}', ?)",
                                        ENV,
                                        utc(START)));
        RuntimeSettings.Builder builder = JourneyRuntime.builder(db).clock(clock);
        settings.accept(builder);
        this.runtime = builder.build();
        this.stats = new RuntimeStats(db);
    }

    public String createJourney(JourneyStatus status, JourneyDefinition definition) {
        String id = String.format("jrn_t%011d", IDS.incrementAndGet());
        db.jdbi()
                .useHandle(
                        h ->
                                h.createUpdate(
                                                "INSERT INTO journeys (id, environment_id, name,"
                                                        + " status, version, entry_event,"
                                                        + " definition, created_at, updated_at)"
                                                        + " VALUES (:id, :e, :name, :s, 1, :ev,"
                                                        + " :d, :at, :at)")
                                        .bind("id", id)
                                        .bind("e", ENV)
                                        .bind("name", definition.name())
                                        .bind("s", status.wireName())
                                        .bind("ev", definition.entryEvent())
                                        .bind("d", EngineJson.write(definition))
                                        .bind("at", utc(START))
                                        .execute());
        return id;
    }

    public Journey journey(Handle h, String id) {
        return h.createQuery(
                        "SELECT name, status, version, definition, created_at, updated_at FROM"
                                + " journeys WHERE id = :id")
                .bind("id", id)
                .map(
                        (rs, ctx) -> {
                            JourneyDefinition d =
                                    EngineJson.readDefinition(rs.getString("definition"));
                            return new Journey(
                                    id,
                                    rs.getString("name"),
                                    JourneyStatus.parse(rs.getString("status")),
                                    rs.getLong("version"),
                                    d.entryEvent(),
                                    d.entryConditions(),
                                    d.entryNode(),
                                    d.reEntryPolicy(),
                                    d.nodes(),
                                    d.transitions(),
                                    null,
                                    START,
                                    START);
                        })
                .one();
    }

    /** Changes the definition as the journey API does, calling {@code definitionChanged}. */
    public void edit(String id, UnaryOperator<JourneyDefinition> change) {
        db.jdbi()
                .useTransaction(
                        h -> {
                            Journey before = journey(h, id);
                            Journey after = write(h, id, change.apply(before.definition()));
                            runtime.hooks().definitionChanged(h, before, after);
                        });
    }

    /** Removes a node and its transitions, as {@code DELETE …/nodes/{name}} does. */
    public void removeNode(String id, String node, String moveUsersTo, boolean force) {
        db.jdbi()
                .useTransaction(
                        h -> {
                            Journey before = journey(h, id);
                            JourneyDefinition d = before.definition();
                            Map<String, Node> nodes = new LinkedHashMap<>(d.nodes());
                            nodes.remove(node);
                            List<Transition> ts =
                                    d.transitions().stream()
                                            .filter(
                                                    t ->
                                                            !t.from().equals(node)
                                                                    && !t.to().equals(node))
                                            .toList();
                            Journey after = write(h, id, with(d, d.entryNode(), nodes, ts));
                            runtime.hooks().nodeRemoved(h, after, node, moveUsersTo, force);
                            runtime.hooks().definitionChanged(h, before, after);
                        });
    }

    /** Renames a node everywhere in the definition, as {@code PATCH …/nodes/{name}} does. */
    public void renameNode(String id, String oldName, String newName) {
        db.jdbi()
                .useTransaction(
                        h -> {
                            Journey before = journey(h, id);
                            JourneyDefinition d = before.definition();
                            Map<String, Node> nodes = new LinkedHashMap<>();
                            d.nodes()
                                    .forEach(
                                            (k, v) ->
                                                    nodes.put(k.equals(oldName) ? newName : k, v));
                            List<Transition> ts =
                                    d.transitions().stream()
                                            .map(
                                                    t ->
                                                            t.withEnds(
                                                                    t.from().equals(oldName)
                                                                            ? newName
                                                                            : t.from(),
                                                                    t.to().equals(oldName)
                                                                            ? newName
                                                                            : t.to()))
                                            .toList();
                            String entry = d.entryNode().equals(oldName) ? newName : d.entryNode();
                            Journey after = write(h, id, with(d, entry, nodes, ts));
                            runtime.hooks().nodeRenamed(h, after, oldName, newName);
                            runtime.hooks().definitionChanged(h, before, after);
                        });
    }

    public void setStatus(String id, JourneyStatus status) {
        db.jdbi()
                .useTransaction(
                        h -> {
                            Journey before = journey(h, id);
                            h.createUpdate(
                                            "UPDATE journeys SET status = :s, version = version +"
                                                    + " 1 WHERE id = :id")
                                    .bind("s", status.wireName())
                                    .bind("id", id)
                                    .execute();
                            runtime.hooks().statusChanged(h, before, journey(h, id));
                        });
    }

    public void deleteJourney(String id) {
        db.jdbi()
                .useTransaction(
                        h -> {
                            runtime.hooks().journeyDeleted(h, id);
                            h.execute("DELETE FROM journeys WHERE id = ?", id);
                        });
    }

    public void template(String slug, String subject, String html, String text) {
        db.jdbi()
                .useHandle(
                        h ->
                                h.execute(
                                        "INSERT INTO templates VALUES (?, ?, ?, ?, ?, ?)",
                                        ENV,
                                        slug,
                                        subject,
                                        html,
                                        text,
                                        utc(START)));
    }

    public void survey(String slug, String url) {
        db.jdbi()
                .useHandle(
                        h ->
                                h.execute(
                                        "INSERT INTO surveys VALUES (?, ?, 'Survey', ?, ?)",
                                        ENV,
                                        slug,
                                        url,
                                        utc(START)));
    }

    public void identity(String email, String name, boolean verified) {
        db.jdbi()
                .useHandle(
                        h ->
                                h.execute(
                                        "INSERT INTO identities VALUES (?, ?, ?, ?, ?)",
                                        ENV,
                                        email,
                                        name,
                                        verified,
                                        utc(START)));
    }

    public void environment(String defaultIdentity, String variablesJson) {
        db.jdbi()
                .useHandle(
                        h ->
                                h.execute(
                                        "UPDATE environments SET default_identity_email = ?,"
                                                + " variables = ? WHERE id = ?",
                                        defaultIdentity,
                                        variablesJson,
                                        ENV));
    }

    public UserState state(String journeyId, String userId) {
        return db.jdbi()
                .withHandle(
                        h ->
                                new StateStore(db.dialect())
                                        .find(h, journeyId, userId)
                                        .orElseThrow(
                                                () ->
                                                        new AssertionError(
                                                                "no state of "
                                                                        + userId
                                                                        + " in "
                                                                        + journeyId)));
    }

    public int count(String sql, Object... args) {
        return db.jdbi()
                .withHandle(
                        h -> {
                            var q = h.createQuery(sql);
                            for (int i = 0; i < args.length; i++) {
                                q.bind(i, args[i]);
                            }
                            return q.mapTo(Integer.class).one();
                        });
    }

    private Journey write(Handle h, String id, JourneyDefinition d) {
        h.createUpdate(
                        "UPDATE journeys SET definition = :d, entry_event = :ev, version ="
                                + " version + 1 WHERE id = :id")
                .bind("d", EngineJson.write(d))
                .bind("ev", d.entryEvent())
                .bind("id", id)
                .execute();
        return journey(h, id);
    }

    private static JourneyDefinition with(
            JourneyDefinition d, String entry, Map<String, Node> nodes, List<Transition> ts) {
        return new JourneyDefinition(
                d.name(), d.entryEvent(), d.entryConditions(), entry, d.reEntryPolicy(), nodes, ts);
    }

    public static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    public void close() {
        runtime.close();
        db.close();
    }
}
