package com.ascendkit.journeys.engine.api.health;

import com.ascendkit.journeys.engine.api.ApiServices;
import com.ascendkit.journeys.engine.store.EngineJson;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Map;

/**
 * {@code GET /v1/health}: no key needed; 200 when the database answers on the health check's own
 * connection, else 503.
 */
public final class HealthHandler {
    private final ApiServices s;

    public HealthHandler(ApiServices services) {
        this.s = services;
    }

    public void get(Context ctx) {
        String database = s.database().dialect().name().toLowerCase(Locale.ROOT);
        // Its own connection: not queued behind the requests waiting for the engine's pool.
        boolean up = s.database().answers();
        ctx.status(up ? 200 : 503);
        ctx.contentType("application/json; charset=utf-8");
        ctx.result(
                EngineJson.write(
                        Map.of("status", up ? "ok" : "unavailable", "database", database)));
    }
}
