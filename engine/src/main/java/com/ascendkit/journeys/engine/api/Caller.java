package com.ascendkit.journeys.engine.api;

import com.ascendkit.journeys.engine.environments.EnvironmentRepository.KeyKind;
import io.javalin.http.Context;

/**
 * Who is calling: the environment of the API key and the kind of key. Every authenticated handler
 * finds it with {@link #of(Context)}; every query a handler makes is scoped to {@link
 * #environmentId()}.
 */
public record Caller(String environmentId, String environmentName, KeyKind keyKind) {
    /** The request attribute the authentication stores the caller under. */
    public static final String ATTRIBUTE = "journeys.caller";

    /** The caller the authentication of this request found. */
    public static Caller of(Context ctx) {
        Caller caller = ctx.attribute(ATTRIBUTE);
        if (caller == null) {
            throw new IllegalStateException("no authenticated caller on " + ctx.path());
        }
        return caller;
    }
}
