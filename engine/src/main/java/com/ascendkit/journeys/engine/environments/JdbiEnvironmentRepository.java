package com.ascendkit.journeys.engine.environments;

import com.ascendkit.journeys.engine.store.EngineJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** {@link EnvironmentRepository} on the V1 tables. Stateless and thread-safe. */
public final class JdbiEnvironmentRepository implements EnvironmentRepository {
    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {};
    private final Clock clock;

    public JdbiEnvironmentRepository(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Optional<EnvironmentRecord> findById(Handle handle, String id) {
        return handle.createQuery("SELECT * FROM environments WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> map(rs))
                .findOne();
    }

    @Override
    public Optional<EnvironmentRecord> findByName(Handle handle, String name) {
        return handle.createQuery("SELECT * FROM environments WHERE name = :name")
                .bind("name", name)
                .map((rs, ctx) -> map(rs))
                .findOne();
    }

    @Override
    public void insert(Handle handle, EnvironmentRecord e) {
        handle.createUpdate(
                        "INSERT INTO environments (id, name, default_identity_email, variables,"
                                + " created_at) VALUES (:id, :name, :email, :variables, :at)")
                .bind("id", e.id())
                .bind("name", e.name())
                .bind("email", e.defaultIdentityEmail())
                .bind("variables", EngineJson.write(e.variables()))
                .bind("at", e.createdAt())
                .execute();
    }

    @Override
    public void updateSettings(
            Handle handle, String id, String defaultIdentityEmail, Map<String, String> variables) {
        handle.createUpdate(
                        "UPDATE environments SET default_identity_email = :email,"
                                + " variables = :variables WHERE id = :id")
                .bind("id", id)
                .bind("email", defaultIdentityEmail)
                .bind("variables", EngineJson.write(variables))
                .execute();
    }

    @Override
    public void insertKey(Handle handle, String keyHash, String environmentId, KeyKind kind) {
        handle.createUpdate(
                        "INSERT INTO api_keys (key_hash, environment_id, kind, created_at)"
                                + " VALUES (:hash, :env, :kind, :at)")
                .bind("hash", keyHash)
                .bind("env", environmentId)
                .bind("kind", kind.stored())
                .bind("at", Instant.now(clock))
                .execute();
    }

    @Override
    public Optional<KeyOwner> findKey(Handle handle, String keyHash) {
        return handle.createQuery(
                        "SELECT k.kind, e.id, e.name FROM api_keys k"
                                + " JOIN environments e ON e.id = k.environment_id"
                                + " WHERE k.key_hash = :hash")
                .bind("hash", keyHash)
                .map(
                        (rs, ctx) ->
                                new KeyOwner(
                                        rs.getString("id"),
                                        rs.getString("name"),
                                        KeyKind.ofStored(rs.getString("kind"))))
                .findOne();
    }

    private static EnvironmentRecord map(ResultSet rs) throws SQLException {
        try {
            return new EnvironmentRecord(
                    rs.getString("id"),
                    rs.getString("name"),
                    rs.getString("default_identity_email"),
                    EngineJson.mapper().readValue(rs.getString("variables"), STRING_MAP),
                    rs.getTimestamp("created_at").toInstant());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored environment variables are unreadable", e);
        }
    }
}
