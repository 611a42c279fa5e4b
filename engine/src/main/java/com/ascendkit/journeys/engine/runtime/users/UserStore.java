package com.ascendkit.journeys.engine.runtime.users;

import com.ascendkit.journeys.engine.runtime.internal.KeyList;
import com.ascendkit.journeys.engine.store.Dialect;
import com.ascendkit.journeys.engine.store.EngineJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * SQL of the {@code users} table. Every run-time transaction about a user first locks that user's
 * row ({@link #lock}), which serializes the events, timers and edits of one user and gives all of
 * them the same lock order. Stateless, thread-safe.
 */
public final class UserStore {
    private static final TypeReference<List<String>> TAGS = new TypeReference<>() {};
    private static final TypeReference<Map<String, Object>> PROPERTIES = new TypeReference<>() {};
    private static final String COLUMNS =
            "SELECT environment_id, id, email, name, provider, properties, time_zone, tags, stage,"
                    + " created_at, updated_at FROM users";
    private static final RowMapper<UserProfile> MAPPER =
            (rs, ctx) ->
                    new UserProfile(
                            rs.getString("environment_id"),
                            rs.getString("id"),
                            rs.getString("email"),
                            rs.getString("name"),
                            rs.getString("provider"),
                            readProperties(rs.getString("properties")),
                            rs.getString("time_zone"),
                            readTags(rs.getString("tags")),
                            rs.getString("stage"),
                            rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                            rs.getObject("updated_at", OffsetDateTime.class).toInstant());

    private final Dialect dialect;

    public UserStore(Dialect dialect) {
        this.dialect = dialect;
    }

    /** Creates a bare user when there is none; says whether it did. */
    public boolean ensure(Handle h, String environmentId, String userId, Instant now) {
        return h.createUpdate(
                                "INSERT INTO users (environment_id, id, tags, created_at,"
                                        + " updated_at) VALUES (:e, :u, '[]', :now, :now)"
                                        + " ON CONFLICT DO NOTHING")
                        .bind("e", environmentId)
                        .bind("u", userId)
                        .bind("now", utc(now))
                        .execute()
                > 0;
    }

    /** The user, its row locked until the transaction ends. */
    public Optional<UserProfile> lock(Handle h, String environmentId, String userId) {
        return h.createQuery(COLUMNS + " WHERE environment_id = :e AND id = :u FOR UPDATE")
                .bind("e", environmentId)
                .bind("u", userId)
                .map(MAPPER)
                .findOne();
    }

    /**
     * Creates the users of {@code userIds} that do not exist and locks them all, in id order (the
     * order every transaction locking several users uses); returns them by id, and in {@code
     * created} the ids this call created.
     */
    public Map<String, UserProfile> ensureAndLock(
            Handle h,
            String environmentId,
            Collection<String> userIds,
            Instant now,
            Set<String> created) {
        List<String> ids = List.copyOf(new TreeSet<>(userIds));
        Set<String> existing =
                new HashSet<>(
                        KeyList.bind(
                                        h.createQuery(
                                                "SELECT id FROM users WHERE "
                                                        + KeyList.condition(
                                                                dialect,
                                                                "environment_id",
                                                                "id",
                                                                ids.size())),
                                        environmentId,
                                        ids)
                                .mapTo(String.class)
                                .list());
        if (existing.size() < ids.size()) {
            PreparedBatch insert =
                    h.prepareBatch(
                            "INSERT INTO users (environment_id, id, tags, created_at, updated_at)"
                                    + " VALUES (:e, :u, '[]', :now, :now) ON CONFLICT DO NOTHING");
            for (String id : ids) {
                if (!existing.contains(id)) {
                    insert.bind("e", environmentId).bind("u", id).bind("now", utc(now)).add();
                    created.add(id);
                }
            }
            insert.execute();
        }
        return lockAll(h, environmentId, ids);
    }

    /** Locks the users of {@code userIds} that exist, in id order; returns them by id. */
    public Map<String, UserProfile> lockAll(
            Handle h, String environmentId, Collection<String> userIds) {
        List<String> ids = List.copyOf(new TreeSet<>(userIds));
        Map<String, UserProfile> locked = new HashMap<>();
        KeyList.bind(
                        h.createQuery(
                                COLUMNS
                                        + " WHERE "
                                        + KeyList.condition(
                                                dialect, "environment_id", "id", ids.size())
                                        + " ORDER BY id FOR UPDATE"),
                        environmentId,
                        ids)
                .map(MAPPER)
                .forEach(u -> locked.put(u.userId(), u));
        return locked;
    }

    public Optional<UserProfile> find(Handle h, String environmentId, String userId) {
        return h.createQuery(COLUMNS + " WHERE environment_id = :e AND id = :u")
                .bind("e", environmentId)
                .bind("u", userId)
                .map(MAPPER)
                .findOne();
    }

    /** Sets the whole profile: a null field is cleared. */
    public void replaceProfile(
            Handle h, String environmentId, String userId, ProfileFields p, Instant now) {
        h.createUpdate(
                        "UPDATE users SET email = :email, name = :name, provider = :provider,"
                                + " properties = :props, time_zone = :tz, updated_at = :now"
                                + " WHERE environment_id = :e AND id = :u")
                .bind("email", p.email())
                .bind("name", p.name())
                .bind("provider", p.provider())
                .bind("props", p.properties().isEmpty() ? null : EngineJson.write(p.properties()))
                .bind("tz", p.timeZone())
                .bind("now", utc(now))
                .bind("e", environmentId)
                .bind("u", userId)
                .execute();
    }

    /** Adds {@code tag} when the user does not have it yet; returns the user as now stored. */
    public UserProfile addTag(Handle h, UserProfile user, String tag, Instant now) {
        if (user.tags().contains(tag)) {
            return user;
        }
        List<String> tags = new ArrayList<>(user.tags());
        tags.add(tag);
        h.createUpdate(
                        "UPDATE users SET tags = :tags, updated_at = :now"
                                + " WHERE environment_id = :e AND id = :u")
                .bind("tags", EngineJson.write(tags))
                .bind("now", utc(now))
                .bind("e", user.environmentId())
                .bind("u", user.userId())
                .execute();
        return user.with(tags, user.stage(), now);
    }

    /** Sets the stage; returns the user as now stored. */
    public UserProfile setStage(Handle h, UserProfile user, String stage, Instant now) {
        h.createUpdate(
                        "UPDATE users SET stage = :stage, updated_at = :now"
                                + " WHERE environment_id = :e AND id = :u")
                .bind("stage", stage)
                .bind("now", utc(now))
                .bind("e", user.environmentId())
                .bind("u", user.userId())
                .execute();
        return user.with(user.tags(), stage, now);
    }

    public boolean delete(Handle h, String environmentId, String userId) {
        return h.createUpdate("DELETE FROM users WHERE environment_id = :e AND id = :u")
                        .bind("e", environmentId)
                        .bind("u", userId)
                        .execute()
                > 0;
    }

    private static Map<String, Object> readProperties(String json) {
        if (json == null) {
            return Map.of();
        }
        try {
            return EngineJson.mapper().readValue(json, PROPERTIES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored user properties are unreadable", e);
        }
    }

    private static List<String> readTags(String json) {
        try {
            return EngineJson.mapper().readValue(json, TAGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored user tags are unreadable", e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
