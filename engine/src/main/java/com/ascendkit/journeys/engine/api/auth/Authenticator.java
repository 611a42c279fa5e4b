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
 * Bearer <key>}, 401 for none or an unknown key, 403 for a publishable key on a secret route. The
 * key itself is never logged nor echoed. Thread-safe.
 */
public final class Authenticator {
    private final Database database;
    private final EnvironmentRepository environments;

    public Authenticator(Database database, EnvironmentRepository environments) {
        this.database = database;
        this.environments = environments;
    }

    /** {@code handler}, run only for callers {@code access} admits. */
    public Handler guard(Access access, Handler handler) {
        if (access == Access.PUBLIC) {
            return handler;
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

    private Caller authenticate(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            throw ApiException.unauthorized(
                    "no API key: send the header 'Authorization: Bearer <key>'");
        }
        String[] parts = header.trim().split("\\s+", 2);
        if (parts.length != 2 || !parts[0].equalsIgnoreCase("Bearer")) {
            throw ApiException.unauthorized(
                    "the Authorization header must be 'Bearer <key>' with an sk_ or pk_ key");
        }
        String key = parts[1].trim();
        if (!ApiKeys.isWellFormed(key)) {
            throw ApiException.unauthorized("unknown API key");
        }
        return database.jdbi()
                .withHandle(h -> environments.findKey(h, ApiKeys.hash(key)))
                .map(o -> new Caller(o.environmentId(), o.environmentName(), o.kind()))
                .orElseThrow(() -> ApiException.unauthorized("unknown API key"));
    }
}
