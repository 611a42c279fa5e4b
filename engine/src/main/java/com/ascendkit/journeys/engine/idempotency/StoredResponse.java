package com.ascendkit.journeys.engine.idempotency;

import java.time.Instant;

/** The first response to a request made with an {@code Idempotency-Key}, kept 24 h. */
public record StoredResponse(
        String method,
        String path,
        String bodyHash,
        int status,
        String response,
        String etag,
        Instant createdAt) {}
