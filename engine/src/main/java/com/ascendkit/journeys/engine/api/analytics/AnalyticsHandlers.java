package com.ascendkit.journeys.engine.api.analytics;

import com.ascendkit.journeys.engine.api.ApiResult;
import com.ascendkit.journeys.engine.api.ApiServices;
import com.ascendkit.journeys.engine.api.Caller;
import com.ascendkit.journeys.engine.api.journeys.JourneyHandlers;
import com.ascendkit.journeys.engine.journeys.StoredJourney;
import io.javalin.http.Context;

/**
 * {@code GET /v1/journeys/{id}/analytics}: totals, every node and every transition; {@code GET
 * /v1/journeys/{id}/failures}: where and why users failed.
 */
public final class AnalyticsHandlers {
    private final ApiServices s;

    public AnalyticsHandlers(ApiServices services) {
        this.s = services;
    }

    public void get(Context ctx) {
        String env = Caller.of(ctx).environmentId();
        s.calls()
                .read(
                        ctx,
                        h -> {
                            StoredJourney j = s.journeys().require(h, env, JourneyHandlers.id(ctx));
                            return ApiResult.ok(
                                            s.repositories()
                                                    .analytics()
                                                    .analytics(h, j.id(), j.definition()))
                                    .withEtag(j.version());
                        });
    }

    public void failures(Context ctx) {
        String env = Caller.of(ctx).environmentId();
        s.calls()
                .read(
                        ctx,
                        h -> {
                            StoredJourney j = s.journeys().require(h, env, JourneyHandlers.id(ctx));
                            return ApiResult.ok(s.repositories().analytics().failures(h, j.id()));
                        });
    }
}
