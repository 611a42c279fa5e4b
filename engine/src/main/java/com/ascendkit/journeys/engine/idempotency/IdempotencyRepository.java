package com.ascendkit.journeys.engine.idempotency;

import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Responses kept per (environment, Idempotency-Key). Methods run on the caller's transaction. */
public interface IdempotencyRepository {

    /** The stored response, locked until the transaction ends. */
    Optional<StoredResponse> findForUpdate(Handle handle, String environmentId, String key);

    void delete(Handle handle, String environmentId, String key);

    /** Stores the response; fails with a unique violation if another request stored it first. */
    void insert(Handle handle, String environmentId, String key, StoredResponse response);
}
