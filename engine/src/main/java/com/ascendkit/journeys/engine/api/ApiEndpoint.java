package com.ascendkit.journeys.engine.api;

import io.javalin.http.Handler;

/**
 * A route and its handler. The engine wraps the handler with the route's access rule (see {@code
 * api.auth.Access}) before registering it.
 */
public record ApiEndpoint(ApiRoutes.Route route, Handler handler) {

    public static ApiEndpoint of(String method, String path, Handler handler) {
        return new ApiEndpoint(new ApiRoutes.Route(method, path), handler);
    }
}
