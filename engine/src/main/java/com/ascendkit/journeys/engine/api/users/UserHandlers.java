package com.ascendkit.journeys.engine.api.users;

import com.ascendkit.journeys.engine.api.ApiException;
import com.ascendkit.journeys.engine.api.ApiResult;
import com.ascendkit.journeys.engine.api.ApiServices;
import com.ascendkit.journeys.engine.api.Caller;
import com.ascendkit.journeys.engine.api.RequestBody;
import com.ascendkit.journeys.engine.api.json.JsonObject;
import com.ascendkit.journeys.model.Quoted;
import io.javalin.http.Context;

/**
 * {@code PUT/GET/DELETE /v1/users/{userId}}: thin handlers over the run-time's {@code
 * UserDirectory}. {@code PUT} replaces the profile whole (a field left out is cleared).
 */
public final class UserHandlers {
    private final ApiServices s;

    public UserHandlers(ApiServices services) {
        this.s = services;
    }

    public void put(Context ctx) {
        JsonObject body = RequestBody.object(ctx).only("email", "name", "provider");
        String email = body.string("email").orElse(null);
        String name = body.string("name").orElse(null);
        String provider = body.string("provider").orElse(null);
        String env = Caller.of(ctx).environmentId();
        String userId = userId(ctx);
        s.calls()
                .write(
                        ctx,
                        h ->
                                ApiResult.ok(
                                        UserJson.of(
                                                s.runtime()
                                                        .users()
                                                        .put(env, userId, email, name, provider))));
    }

    public void get(Context ctx) {
        String env = Caller.of(ctx).environmentId();
        String userId = userId(ctx);
        s.calls()
                .read(
                        ctx,
                        h ->
                                ApiResult.ok(
                                        UserJson.of(
                                                s.runtime()
                                                        .users()
                                                        .get(env, userId)
                                                        .orElseThrow(() -> notFound(userId)))));
    }

    public void delete(Context ctx) {
        String env = Caller.of(ctx).environmentId();
        String userId = userId(ctx);
        s.calls()
                .write(
                        ctx,
                        h -> {
                            if (!s.runtime().users().delete(env, userId)) {
                                throw notFound(userId);
                            }
                            return ApiResult.noContent();
                        });
    }

    private static String userId(Context ctx) {
        return ctx.pathParam("userId");
    }

    private static ApiException notFound(String userId) {
        return ApiException.notFound("no user " + Quoted.of(userId) + "");
    }
}
