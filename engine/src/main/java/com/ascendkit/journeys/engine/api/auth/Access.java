package com.ascendkit.journeys.engine.api.auth;

import java.util.Set;

/**
 * Which keys may call a route, decided from its method and path alone, so that a route added later
 * (by the run-time) gets the contract's rule without declaring anything: {@code GET /v1/health}
 * needs no key; a publishable key may call only {@code POST /v1/events/track} (and its CORS
 * preflight, which browsers send without credentials); a route under {@code /v1/admin/} takes the
 * engine's local admin token and no API key; every other route needs a secret key.
 */
public enum Access {
    /** No key needed. */
    PUBLIC,
    /** A secret or a publishable key. */
    PUBLISHABLE,
    /** A secret key only. */
    SECRET,
    /**
     * The local admin token only ({@link AdminToken}): operator calls that reach beyond one
     * environment, which no environment's key may make.
     */
    ADMIN;

    private static final String ADMIN_PREFIX = "/v1/admin/";
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
        if (path.startsWith(ADMIN_PREFIX)) {
            return ADMIN;
        }
        return PUBLISHABLE_ROUTES.contains(route) ? PUBLISHABLE : SECRET;
    }
}
