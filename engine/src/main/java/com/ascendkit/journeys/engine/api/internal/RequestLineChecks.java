package com.ascendkit.journeys.engine.api.internal;

import com.ascendkit.journeys.engine.api.ApiException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import java.util.Set;

/**
 * Refuses, before any routing decision is acted on, what Javalin would otherwise read leniently: a
 * method-override header (Javalin routes by {@code X-HTTP-Method-Override}, so a GET could delete
 * behind the back of every proxy and log that trusts the method), a method that is not exactly one
 * the engine serves (Javalin upper-cases {@code get}), and a malformed percent-escape in the path
 * or query (Javalin's decoding of {@code %u0041} throws, which was a 500).
 */
public final class RequestLineChecks {
    /** The methods the engine serves, spelt exactly: methods are case-sensitive (RFC 9110). */
    private static final Set<String> SERVED =
            Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    private static final List<String> OVERRIDES =
            List.of("X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override");

    private RequestLineChecks() {}

    public static void install(Javalin app, RouteMatcher routes) {
        app.before(ctx -> check(ctx, routes));
    }

    private static void check(Context ctx, RouteMatcher routes) {
        for (String header : OVERRIDES) {
            if (ctx.req().getHeader(header) != null) {
                throw ApiException.invalid(
                        header,
                        "the engine honours no method override: send the method itself"
                                + " as the request's method, without "
                                + header);
            }
        }
        String method = ctx.req().getMethod();
        String path = ctx.path();
        if (!SERVED.contains(method)) {
            throw MethodRefusals.refuse(method, path, routes.methodsAt(path));
        }
        PercentEscapes.checkPath(path, routes);
        String query = ctx.queryString();
        if (query != null) {
            PercentEscapes.checkQuery(query);
        }
    }
}
