package com.ascendkit.journeys.engine.idempotency;

import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** {@link IdempotencyRepository} on {@code idempotency_keys}. Stateless and thread-safe. */
public final class JdbiIdempotencyRepository implements IdempotencyRepository {

    @Override
    public Optional<StoredResponse> findForUpdate(Handle handle, String environmentId, String key) {
        return handle.createQuery(
                        "SELECT * FROM idempotency_keys WHERE environment_id = :env"
                                + " AND idem_key = :key FOR UPDATE")
                .bind("env", environmentId)
                .bind("key", key)
                .map(
                        (rs, ctx) ->
                                new StoredResponse(
                                        rs.getString("method"),
                                        rs.getString("path"),
                                        rs.getString("body_hash"),
                                        rs.getInt("status"),
                                        rs.getString("response"),
                                        rs.getString("etag"),
                                        rs.getTimestamp("created_at").toInstant()))
                .findOne();
    }

    @Override
    public void delete(Handle handle, String environmentId, String key) {
        handle.createUpdate(
                        "DELETE FROM idempotency_keys WHERE environment_id = :env AND idem_key = :key")
                .bind("env", environmentId)
                .bind("key", key)
                .execute();
    }

    @Override
    public void insert(Handle handle, String environmentId, String key, StoredResponse r) {
        handle.createUpdate(
                        "INSERT INTO idempotency_keys (environment_id, idem_key, method, path,"
                                + " body_hash, status, response, etag, created_at) VALUES (:env,"
                                + " :key, :method, :path, :hash, :status, :response, :etag, :at)")
                .bind("env", environmentId)
                .bind("key", key)
                .bind("method", r.method())
                .bind("path", r.path())
                .bind("hash", r.bodyHash())
                .bind("status", r.status())
                .bind("response", r.response())
                .bind("etag", r.etag())
                .bind("at", r.createdAt())
                .execute();
    }
}
