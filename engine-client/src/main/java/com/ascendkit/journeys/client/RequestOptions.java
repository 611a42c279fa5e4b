package com.ascendkit.journeys.client;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * Per-call options of a mutation: the journey version the caller last saw (sent as {@code
 * If-Match}; a stale one gets {@link
 * com.ascendkit.journeys.client.exception.PreconditionFailedException}) and, for POSTs, an {@code
 * Idempotency-Key} of the caller's own (otherwise the client makes one per call). Immutable.
 */
public final class RequestOptions {
    private static final RequestOptions NONE = new RequestOptions(null, null);

    private final Long expectedVersion;
    private final String idempotencyKey;

    private RequestOptions(Long expectedVersion, String idempotencyKey) {
        this.expectedVersion = expectedVersion;
        this.idempotencyKey = idempotencyKey;
    }

    /** No precondition, an automatic idempotency key. */
    public static RequestOptions none() {
        return NONE;
    }

    /** Only apply the change if the journey is still at {@code version}. */
    public static RequestOptions ifMatch(long version) {
        return NONE.withExpectedVersion(version);
    }

    public RequestOptions withExpectedVersion(long version) {
        if (version < 0) {
            throw new IllegalArgumentException("expected version must be >= 0, was " + version);
        }
        return new RequestOptions(version, idempotencyKey);
    }

    /** Use {@code key} (at most 255 characters) instead of a generated one. */
    public RequestOptions withIdempotencyKey(String key) {
        if (key == null || key.isBlank() || key.length() > 255) {
            throw new IllegalArgumentException(
                    "idempotency key must be 1 to 255 characters, was '" + key + "'");
        }
        return new RequestOptions(expectedVersion, key);
    }

    public OptionalLong expectedVersion() {
        return expectedVersion == null ? OptionalLong.empty() : OptionalLong.of(expectedVersion);
    }

    public Optional<String> idempotencyKey() {
        return Optional.ofNullable(idempotencyKey);
    }

    @Override
    public String toString() {
        return "RequestOptions[expectedVersion="
                + expectedVersion
                + ", idempotencyKey="
                + idempotencyKey
                + "]";
    }
}
