package com.ascendkit.journeys.engine.api;

import io.javalin.http.Handler;

/**
 * A route and its handler. The engine wraps the handler with the route's access rule (see {@code
 * api.auth.Access}) before registering it. {@code before}, when not null, runs ahead of the access
 * check, so that what it sets holds for refusals too: the CORS headers of {@code POST
 * /v1/events/track} must be on its 401 as well, or a browser cannot read why it was refused.
 */
public record ApiEndpoint(ApiRoutes.Route route, Handler handler, Handler before) {

    public static ApiEndpoint of(String method, String path, Handler handler) {
        return new ApiEndpoint(new ApiRoutes.Route(method, path), handler, null);
    }

    /** This endpoint with {@code first} run before the access check. */
    public ApiEndpoint withBefore(Handler first) {
        return new ApiEndpoint(route, handler, first);
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
