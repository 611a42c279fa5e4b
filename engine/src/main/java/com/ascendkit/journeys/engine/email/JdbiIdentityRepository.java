package com.ascendkit.journeys.engine.email;

import com.ascendkit.journeys.model.api.Identity;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * {@link IdentityRepository} on {@code identities}. Emails are stored as given; lookups ignore case
 * (an address's domain is case-insensitive, and users expect the whole to be). Thread-safe.
 */
public final class JdbiIdentityRepository implements IdentityRepository {
    private final Clock clock;

    public JdbiIdentityRepository(Clock clock) {
        this.clock = clock;
    }

    @Override
    public List<Identity> list(Handle handle, String environmentId) {
        return handle.createQuery(
                        "SELECT * FROM identities WHERE environment_id = :env ORDER BY email")
                .bind("env", environmentId)
                .map(
                        (rs, ctx) ->
                                new Identity(
                                        rs.getString("email"),
                                        rs.getString("name"),
                                        rs.getBoolean("verified")))
                .list();
    }

    @Override
    public Optional<Identity> find(Handle handle, String environmentId, String email) {
        return handle.createQuery(
                        "SELECT * FROM identities WHERE environment_id = :env"
                                + " AND LOWER(email) = LOWER(:email)")
                .bind("env", environmentId)
                .bind("email", email)
                .map(
                        (rs, ctx) ->
                                new Identity(
                                        rs.getString("email"),
                                        rs.getString("name"),
                                        rs.getBoolean("verified")))
                .findFirst();
    }

    @Override
    public void insert(Handle handle, String environmentId, Identity identity) {
        handle.createUpdate(
                        "INSERT INTO identities (environment_id, email, name, verified, created_at)"
                                + " VALUES (:env, :email, :name, :verified, :at)")
                .bind("env", environmentId)
                .bind("email", identity.email())
                .bind("name", identity.name())
                .bind("verified", identity.verified())
                .bind("at", Instant.now(clock))
                .execute();
    }

    @Override
    public boolean verify(Handle handle, String environmentId, String email) {
        return handle.createUpdate(
                                "UPDATE identities SET verified = TRUE WHERE environment_id = :env"
                                        + " AND LOWER(email) = LOWER(:email)")
                        .bind("env", environmentId)
                        .bind("email", email)
                        .execute()
                > 0;
    }
}
