package com.ascendkit.journeys.engine.api.people;

import com.ascendkit.journeys.engine.api.ApiException;
import com.ascendkit.journeys.engine.api.ApiResult;
import com.ascendkit.journeys.engine.api.ApiServices;
import com.ascendkit.journeys.engine.api.Caller;
import com.ascendkit.journeys.engine.runtime.people.PeopleQuery;
import com.ascendkit.journeys.model.Quoted;
import io.javalin.http.Context;

/**
 * {@code GET /v1/journeys/{id}/users?node=&status=&failed=&limit=&cursor=} (who is in a step, who
 * failed and why) and {@code GET /v1/journeys/{id}/users/{userId}/path} (one user's steps).
 */
public final class PeopleHandlers {
    private final ApiServices s;

    public PeopleHandlers(ApiServices services) {
        this.s = services;
    }

    public void list(Context ctx) {
        String env = Caller.of(ctx).environmentId();
        String journeyId = ctx.pathParam("id");
        PeopleQuery query =
                PeopleQuery.of(
                        blankToNull(ctx.queryParam("node")),
                        blankToNull(ctx.queryParam("status")),
                        failed(ctx.queryParam("failed")),
                        blankToNull(ctx.queryParam("limit")),
                        blankToNull(ctx.queryParam("cursor")));
        s.calls()
                .read(
                        ctx,
                        h ->
                                ApiResult.ok(
                                        PeopleJson.page(
                                                s.runtime().people().list(env, journeyId, query))));
    }

    public void path(Context ctx) {
        String env = Caller.of(ctx).environmentId();
        String journeyId = ctx.pathParam("id");
        String userId = ctx.pathParam("userId");
        s.calls()
                .read(
                        ctx,
                        h ->
                                ApiResult.ok(
                                        PeopleJson.path(
                                                s.runtime()
                                                        .people()
                                                        .path(env, journeyId, userId)
                                                        .orElseThrow(
                                                                () ->
                                                                        ApiException.notFound(
                                                                                "user "
                                                                                        + Quoted.of(
                                                                                                userId)
                                                                                        + " was never in journey "
                                                                                        + Quoted.of(
                                                                                                journeyId))))));
    }

    private static boolean failed(String text) {
        if (text == null || text.isEmpty() || text.equals("false")) {
            return false;
        }
        if (text.equals("true")) {
            return true;
        }
        throw ApiException.invalid(
                "failed", "invalid failed " + Quoted.of(text) + ": use true or false");
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
