package com.ascendkit.journeys.engine.api.auth;

import java.util.Set;

/**
 * Which keys may call a route, decided from its method and path alone, so that a route added later
 * (by the run-time) gets the contract's rule without declaring anything: {@code GET /v1/health}
 * needs no key; a publishable key may call only {@code POST /v1/events/track} (and its CORS
 * preflight, which browsers send without credentials); every other route needs a secret key.
 */
public enum Access {
    /** No key needed. */
    PUBLIC,
    /** A secret or a publishable key. */
    PUBLISHABLE,
    /** A secret key only. */
    SECRET;

    private static final Set<String> PUBLIC_ROUTES =
            Set.of("GET /v1/health", "OPTIONS /v1/events/track");
    private static final Set<String> PUBLISHABLE_ROUTES = Set.of("POST /v1/events/track");

    /**
     * The access rule of the route {@code method} {@code path} (as declared, e.g. {@code {id}}).
     */
    public static Access of(String method, String path) {
        String route = method + " " + path;
        if (PUBLIC_ROUTES.contains(route)) {
            return PUBLIC;
        }
        return PUBLISHABLE_ROUTES.contains(route) ? PUBLISHABLE : SECRET;
    }
}
