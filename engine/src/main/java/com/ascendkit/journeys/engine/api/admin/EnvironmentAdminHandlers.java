package com.ascendkit.journeys.engine.api.admin;

import com.ascendkit.journeys.engine.api.ApiException;
import com.ascendkit.journeys.engine.api.ApiResult;
import com.ascendkit.journeys.engine.api.ApiServices;
import com.ascendkit.journeys.engine.api.RequestBody;
import com.ascendkit.journeys.engine.environments.EnvironmentExistsException;
import com.ascendkit.journeys.engine.environments.Environments;
import com.ascendkit.journeys.engine.environments.IssuedKeys;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /v1/admin/environments {"name"}}: the operator creates an environment while the
 * engine runs (an embedded H2 database cannot be opened by a second process, so {@code ascendkit
 * env create} asks the running engine). Only the local admin token reaches it (see {@code
 * api.auth.Access}). Answers 201 with the environment's keys, the only time they are shown: the
 * engine keeps their hashes. Not kept for {@code Idempotency-Key} replay, since that would store
 * the keys in clear; a repeated call is a 409.
 */
public final class EnvironmentAdminHandlers {
    private final ApiServices s;
    private final Environments environments;

    public EnvironmentAdminHandlers(ApiServices services) {
        this.s = services;
        this.environments =
                new Environments(
                        services.database(),
                        services.repositories().environments(),
                        services.clock());
    }

    public void create(Context ctx) {
        String name = RequestBody.object(ctx).only("name").requiredString("name");
        try {
            Environments.requireValidName(name);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("name", e.getMessage());
        }
        s.calls()
                .write(
                        ctx,
                        h -> {
                            try {
                                return ApiResult.created(answer(environments.create(name)));
                            } catch (EnvironmentExistsException e) {
                                throw ApiException.conflict("name", e.getMessage());
                            }
                        });
    }

    private static Map<String, Object> answer(IssuedKeys keys) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", keys.environmentId());
        body.put("name", keys.environmentName());
        body.put("secretKey", keys.secretKey());
        body.put("publishableKey", keys.publishableKey());
        return body;
    }
}
