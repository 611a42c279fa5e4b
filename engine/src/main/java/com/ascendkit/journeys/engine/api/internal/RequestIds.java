package com.ascendkit.journeys.engine.api.internal;

import com.ascendkit.journeys.engine.internal.Base62;
import io.javalin.Javalin;
import io.javalin.http.Context;

/**
 * Gives every request an id ({@code req_} and 16 base-62 characters), sent back as the {@code
 * Request-Id} header of every response and written in the log line of a failure.
 */
public final class RequestIds {
    public static final String HEADER = "Request-Id";
    private static final String ATTRIBUTE = "journeys.requestId";

    private RequestIds() {}

    public static void install(Javalin app) {
        app.before(
                ctx -> {
                    String id = newId();
                    ctx.attribute(ATTRIBUTE, id);
                    ctx.header(HEADER, id);
                });
    }

    /** A new request id. */
    public static String newId() {
        return "req_" + Base62.random(16);
    }

    public static String of(Context ctx) {
        String id = ctx.attribute(ATTRIBUTE);
        return id == null ? "unknown" : id;
    }
}
