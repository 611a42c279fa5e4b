package com.ascendkit.journeys.client;

import com.ascendkit.journeys.model.Journey;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Per-call options of a mutation: the journey version the caller last saw (sent as {@code
 * If-Match}; a stale one gets {@link
 * com.ascendkit.journeys.client.exception.PreconditionFailedException}), for POSTs an {@code
 * Idempotency-Key} of the caller's own (otherwise the client makes one per call), and whether an
 * edit of a journey should answer small ({@code Prefer: return=minimal}, see {@link #minimal()} and
 * {@link #basedOn}). Immutable.
 */
public final class RequestOptions {
    private static final RequestOptions NONE = new RequestOptions(null, null, false, null);

    private final Long expectedVersion;
    private final String idempotencyKey;
    private final boolean minimal;
    private final Journey basis;

    private RequestOptions(
            Long expectedVersion, String idempotencyKey, boolean minimal, Journey basis) {
        this.expectedVersion = expectedVersion;
        this.idempotencyKey = idempotencyKey;
        this.minimal = minimal;
        this.basis = basis;
    }

    /**
     * An edit made against {@code journey} as the caller holds it: sent with {@code If-Match} its
     * version and {@code Prefer: return=minimal}; the engine answers only the change, and the
     * client applies it to {@code journey}, so the {@link JourneyResult} is whole as ever (its
     * stats are those of {@code journey}).
     */
    public static RequestOptions basedOn(Journey journey) {
        return new RequestOptions(journey.version(), null, true, journey);
    }

    /**
     * Asks an edit of a journey for a small answer ({@code Prefer: return=minimal}) for a caller
     * that does not hold the journey: the {@link JourneyResult} is then {@linkplain
     * JourneyResult#partial() partial}: its journey has the new head (name, status, version…) and
     * only the nodes and transitions the edit added or changed.
     */
    public RequestOptions minimal() {
        return new RequestOptions(expectedVersion, idempotencyKey, true, basis);
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
        return new RequestOptions(version, idempotencyKey, minimal, basis);
    }

    /** Use {@code key} (at most 255 characters) instead of a generated one. */
    public RequestOptions withIdempotencyKey(String key) {
        if (key == null || key.isBlank() || key.length() > 255) {
            throw new IllegalArgumentException(
                    "idempotency key must be 1 to 255 characters, was '" + key + "'");
        }
        return new RequestOptions(expectedVersion, key, minimal, basis);
    }

    public OptionalLong expectedVersion() {
        return expectedVersion == null ? OptionalLong.empty() : OptionalLong.of(expectedVersion);
    }

    public Optional<String> idempotencyKey() {
        return Optional.ofNullable(idempotencyKey);
    }

    /** True when an edit should answer small ({@code Prefer: return=minimal}). */
    public boolean prefersMinimal() {
        return minimal;
    }

    /** The journey a minimal answer is applied to, if the caller gave one. */
    public Optional<Journey> basis() {
        return Optional.ofNullable(basis);
    }

    @Override
    public String toString() {
        return "RequestOptions[expectedVersion="
                + expectedVersion
                + ", idempotencyKey="
                + idempotencyKey
                + ", minimal="
                + minimal
                + "]";
    }
}
