package com.ascendkit.journeys.engine.api.users;

import com.ascendkit.journeys.engine.api.ApiException;
import com.ascendkit.journeys.engine.api.ApiResult;
import com.ascendkit.journeys.engine.api.ApiServices;
import com.ascendkit.journeys.engine.api.Caller;
import com.ascendkit.journeys.engine.api.RequestBody;
import com.ascendkit.journeys.engine.api.json.JsonObject;
import com.ascendkit.journeys.engine.api.json.Maps;
import com.ascendkit.journeys.engine.runtime.directory.UserList;
import com.ascendkit.journeys.engine.runtime.users.ProfileFields;
import com.ascendkit.journeys.model.Quoted;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

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
        JsonObject body =
                RequestBody.object(ctx).only("email", "name", "provider", "properties", "timeZone");
        ProfileFields profile =
                new ProfileFields(
                        body.string("email").orElse(null),
                        body.string("name").orElse(null),
                        body.string("provider").orElse(null),
                        body.object("properties").map(Maps::scalars).orElse(null),
                        body.string("timeZone").orElse(null));
        String env = Caller.of(ctx).environmentId();
        String userId = userId(ctx);
        s.calls()
                .write(
                        ctx,
                        h ->
                                ApiResult.ok(
                                        UserJson.of(
                                                s.runtime().users().put(env, userId, profile))));
    }

    /** {@code GET /v1/users?query=&limit=&cursor=}: the environment's users by id, a page. */
    public void list(Context ctx) {
        String env = Caller.of(ctx).environmentId();
        String query = blankToNull(ctx.queryParam("query"));
        String limit = blankToNull(ctx.queryParam("limit"));
        String cursor = blankToNull(ctx.queryParam("cursor"));
        s.calls()
                .read(
                        ctx,
                        h -> {
                            UserList.Page page =
                                    s.runtime().users().list(env, query, limit, cursor);
                            Map<String, Object> body = new LinkedHashMap<>();
                            body.put("items", page.items());
                            body.put("nextCursor", page.nextCursor());
                            return ApiResult.ok(body);
                        });
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

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static String userId(Context ctx) {
        return ctx.pathParam("userId");
    }

    private static ApiException notFound(String userId) {
        return ApiException.notFound("no user " + Quoted.of(userId) + "");
    }
}
