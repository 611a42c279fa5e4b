package com.ascendkit.journeys.engine.api.auth;

import com.ascendkit.journeys.engine.api.ApiException;
import com.ascendkit.journeys.engine.api.Caller;
import com.ascendkit.journeys.engine.environments.ApiKeys;
import com.ascendkit.journeys.engine.environments.EnvironmentRepository;
import com.ascendkit.journeys.engine.environments.EnvironmentRepository.KeyKind;
import com.ascendkit.journeys.engine.store.Database;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * Wraps every route's handler with the check its {@link Access} asks for: {@code Authorization:
 * Bearer <key>}, 401 for none or an unknown key, 403 for a publishable key on a secret route. An
 * admin route takes the engine's {@link AdminToken} instead (401 for anything else, an API key
 * included) and, on an engine given none, answers 404 as an unknown route does. Neither a key nor
 * the token is ever logged nor echoed. Thread-safe.
 */
public final class Authenticator {
    private final Database database;
    private final EnvironmentRepository environments;
    private final AdminToken adminToken;

    /** {@code adminToken} null: this engine serves no admin route. */
    public Authenticator(
            Database database, EnvironmentRepository environments, AdminToken adminToken) {
        this.database = database;
        this.environments = environments;
        this.adminToken = adminToken;
    }

    /** {@code handler}, run only for callers {@code access} admits. */
    public Handler guard(Access access, Handler handler) {
        if (access == Access.PUBLIC) {
            return handler;
        }
        if (access == Access.ADMIN) {
            return admin(handler);
        }
        return ctx -> {
            Caller caller = authenticate(ctx);
            if (caller.keyKind() == KeyKind.PUBLISHABLE && access != Access.PUBLISHABLE) {
                throw ApiException.forbidden(
                        "a publishable key may only call POST /v1/events/track;"
                                + " use the environment's secret key (sk_…) for "
                                + ctx.method()
                                + " "
                                + ctx.path());
            }
            ctx.attribute(Caller.ATTRIBUTE, caller);
            handler.handle(ctx);
        };
    }

    private Handler admin(Handler handler) {
        if (adminToken == null) {
            // Not started by the launcher: nothing could hold a token, so the route is not there.
            return ctx -> {
                throw ApiException.notFound("no route " + ctx.method() + " " + ctx.path());
            };
        }
        return ctx -> {
            String header = ctx.header("Authorization");
            if (header == null || header.isBlank()) {
                throw ApiException.unauthorized(
                        "no admin token: send the header 'Authorization: Bearer <token>' with the"
                                + " adminToken of the credentials file the engine's launcher"
                                + " wrote");
            }
            if (!adminToken.matches(bearer(header, "the admin token"))) {
                throw ApiException.unauthorized(
                        "not this engine's admin token: admin routes take the adminToken of the"
                                + " credentials file the engine's launcher wrote, not an API key");
            }
            handler.handle(ctx);
        };
    }

    /** The token of {@code Bearer <token>}; a 401 naming {@code what} for any other shape. */
    private static String bearer(String header, String what) {
        String[] parts = header.trim().split("\\s+", 2);
        if (parts.length != 2 || !parts[0].equalsIgnoreCase("Bearer")) {
            throw ApiException.unauthorized(
                    "the Authorization header must be 'Bearer <key>' with " + what);
        }
        return parts[1].trim();
    }

    private Caller authenticate(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            throw ApiException.unauthorized(
                    "no API key: send the header 'Authorization: Bearer <key>'");
        }
        String key = bearer(header, "an sk_ or pk_ key");
        if (!ApiKeys.isWellFormed(key)) {
            throw ApiException.unauthorized("unknown API key");
        }
        return database.jdbi()
                .withHandle(h -> environments.findKey(h, ApiKeys.hash(key)))
                .map(o -> new Caller(o.environmentId(), o.environmentName(), o.kind()))
                .orElseThrow(() -> ApiException.unauthorized("unknown API key"));
    }
}
