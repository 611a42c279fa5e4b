package com.ascendkit.journeys.engine.api;

import io.javalin.http.Handler;

/**
 * A route and its handler. The engine wraps the handler with the route's access rule (see {@code
 * api.auth.Access}) before registering it. {@code before}, when not null, runs ahead of the access
 * check, so that what it sets holds for refusals too: the CORS headers of {@code POST
 * /v1/events/track} must be on its 401 as well, or a browser cannot read why it was refused.
 *
 * <p>{@code keepsRequestThread}: the handler runs on the request's own virtual thread instead of
 * being handed to the platform pool ({@code api.edge.PlatformWork}). For a handler that stays open
 * without the database (a journey stream, which must not hold a platform thread for hours) or that
 * must answer while every platform worker is busy (the health check).
 */
public record ApiEndpoint(
        ApiRoutes.Route route, Handler handler, Handler before, boolean keepsRequestThread) {

    public static ApiEndpoint of(String method, String path, Handler handler) {
        return new ApiEndpoint(new ApiRoutes.Route(method, path), handler, null, false);
    }

    /** This endpoint with {@code first} run before the access check. */
    public ApiEndpoint withBefore(Handler first) {
        return new ApiEndpoint(route, handler, first, keepsRequestThread);
    }

    /** This endpoint run on the request's own thread, never handed to the platform pool. */
    public ApiEndpoint onRequestThread() {
        return new ApiEndpoint(route, handler, before, true);
    }

    /** The handler to register: {@code before}, then {@code guarded} (the checked handler). */
    public Handler servedAs(Handler guarded) {
        if (before == null) {
            return guarded;
        }
        return ctx -> {
            before.handle(ctx);
            guarded.handle(ctx);
        };
    }
}
