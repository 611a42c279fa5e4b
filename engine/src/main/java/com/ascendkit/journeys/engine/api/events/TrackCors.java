package com.ascendkit.journeys.engine.api.events;

import io.javalin.http.Context;

/**
 * CORS for {@code POST /v1/events/track}, the one call a browser makes (with the publishable key),
 * and only for it. Any origin is allowed ({@code *}): the publishable key is meant to be shipped in
 * web pages, it may do nothing but report events, and it travels in the {@code Authorization}
 * header, never in a cookie, so no credentials mode is needed. The preflight needs no key.
 */
public final class TrackCors {
    static final String ALLOWED_HEADERS = "Authorization, Content-Type, Idempotency-Key";
    static final String EXPOSED_HEADERS = "Request-Id, Idempotent-Replayed";

    private TrackCors() {}

    /** Runs before the key check, so that refusals (401, 400) are readable by the page too. */
    public static void allowOrigin(Context ctx) {
        ctx.header("Access-Control-Allow-Origin", "*");
        ctx.header("Access-Control-Expose-Headers", EXPOSED_HEADERS);
    }

    /** {@code OPTIONS /v1/events/track}: the browser's preflight. */
    public static void preflight(Context ctx) {
        ctx.header("Access-Control-Allow-Origin", "*");
        ctx.header("Access-Control-Allow-Methods", "POST, OPTIONS");
        ctx.header("Access-Control-Allow-Headers", ALLOWED_HEADERS);
        ctx.header("Access-Control-Max-Age", "86400");
        ctx.status(204);
    }
}
