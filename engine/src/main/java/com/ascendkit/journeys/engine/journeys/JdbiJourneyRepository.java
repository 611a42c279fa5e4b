package com.ascendkit.journeys.engine.journeys;

import com.ascendkit.journeys.engine.store.EngineJson;
import com.ascendkit.journeys.model.JourneyStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

/**
 * {@link JourneyRepository} on {@code journeys}. {@code name} and {@code entry_event} are copies of
 * the definition's, kept for lookups. Stateless and thread-safe.
 */
public final class JdbiJourneyRepository implements JourneyRepository {
    private static final String SELECT = "SELECT * FROM journeys";

    @Override
    public Optional<StoredJourney> find(Handle handle, String environmentId, String id) {
        return handle.createQuery(SELECT + " WHERE id = :id AND environment_id = :env")
                .bind("id", id)
                .bind("env", environmentId)
                .map((rs, ctx) -> map(rs))
                .findOne();
    }

    @Override
    public Optional<StoredJourney> findForUpdate(Handle handle, String environmentId, String id) {
        return handle.createQuery(SELECT + " WHERE id = :id AND environment_id = :env FOR UPDATE")
                .bind("id", id)
                .bind("env", environmentId)
                .map((rs, ctx) -> map(rs))
                .findOne();
    }

    @Override
    public Optional<StoredJourney> findById(Handle handle, String id) {
        return handle.createQuery(SELECT + " WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> map(rs))
                .findOne();
    }

    @Override
    public List<StoredJourney> list(Handle handle, String environmentId, JourneyStatus status) {
        String sql =
                SELECT
                        + " WHERE environment_id = :env"
                        + (status == null ? "" : " AND status = :status")
                        + " ORDER BY created_at, id";
        var query = handle.createQuery(sql).bind("env", environmentId);
        if (status != null) {
            query.bind("status", status.wireName());
        }
        return query.map((rs, ctx) -> map(rs)).list();
    }

    @Override
    public List<StoredJourney> findByEntryEvent(
            Handle handle, String environmentId, String entryEvent, JourneyStatus status) {
        return handle.createQuery(
                        SELECT
                                + " WHERE environment_id = :env AND entry_event = :event"
                                + " AND status = :status ORDER BY created_at, id")
                .bind("env", environmentId)
                .bind("event", entryEvent)
                .bind("status", status.wireName())
                .map((rs, ctx) -> map(rs))
                .list();
    }

    @Override
    public void insert(Handle handle, StoredJourney j) {
        bindColumns(
                        handle.createUpdate(
                                "INSERT INTO journeys (id, environment_id, name, status, version,"
                                        + " entry_event, definition, placeholder_node, created_at,"
                                        + " updated_at) VALUES (:id, :env, :name, :status,"
                                        + " :version, :event, :definition, :placeholder,"
                                        + " :created, :updated)"),
                        j)
                .bind("env", j.environmentId())
                .bind("created", j.createdAt())
                .execute();
    }

    @Override
    public void update(Handle handle, StoredJourney j) {
        bindColumns(
                        handle.createUpdate(
                                "UPDATE journeys SET name = :name, status = :status,"
                                        + " version = :version, entry_event = :event,"
                                        + " definition = :definition,"
                                        + " placeholder_node = :placeholder,"
                                        + " updated_at = :updated WHERE id = :id"),
                        j)
                .execute();
    }

    @Override
    public boolean delete(Handle handle, String id) {
        return handle.createUpdate("DELETE FROM journeys WHERE id = :id").bind("id", id).execute()
                > 0;
    }

    private static Update bindColumns(Update update, StoredJourney j) {
        return update.bind("id", j.id())
                .bind("name", j.definition().name())
                .bind("status", j.status().wireName())
                .bind("version", j.version())
                .bind("event", j.definition().entryEvent())
                .bind("definition", EngineJson.write(j.definition()))
                .bind("placeholder", j.placeholderNode())
                .bind("updated", j.updatedAt());
    }

    private static StoredJourney map(ResultSet rs) throws SQLException {
        return new StoredJourney(
                rs.getString("id"),
                rs.getString("environment_id"),
                JourneyStatus.parse(rs.getString("status")),
                rs.getLong("version"),
                EngineJson.readDefinition(rs.getString("definition")),
                rs.getString("placeholder_node"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
