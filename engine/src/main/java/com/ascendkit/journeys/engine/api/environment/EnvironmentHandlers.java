package com.ascendkit.journeys.engine.api.environment;

import com.ascendkit.journeys.engine.api.ApiException;
import com.ascendkit.journeys.engine.api.ApiResult;
import com.ascendkit.journeys.engine.api.ApiServices;
import com.ascendkit.journeys.engine.api.Caller;
import com.ascendkit.journeys.engine.api.RequestBody;
import com.ascendkit.journeys.engine.api.json.JsonObject;
import com.ascendkit.journeys.engine.api.json.Maps;
import com.ascendkit.journeys.engine.environments.EnvironmentRecord;
import com.ascendkit.journeys.model.Emails;
import com.ascendkit.journeys.model.Quoted;
import io.javalin.http.Context;
import java.util.Map;

/**
 * {@code /v1/environment}: the key's environment. PUT changes the fields it is given ({@code null}
 * clears the default identity); {@code name} is read-only and may only be repeated as it is.
 */
public final class EnvironmentHandlers {
    private final ApiServices s;

    public EnvironmentHandlers(ApiServices services) {
        this.s = services;
    }

    public void get(Context ctx) {
        String env = Caller.of(ctx).environmentId();
        s.calls().read(ctx, h -> ApiResult.ok(require(h, env).settings()));
    }

    public void put(Context ctx) {
        JsonObject o =
                RequestBody.object(ctx)
                        .only("name", "defaultIdentityEmail", "variables")
                        .notNull("name");
        boolean identityGiven = o.has("defaultIdentityEmail");
        String identity =
                o.string("defaultIdentityEmail")
                        .map(e -> Emails.require("defaultIdentityEmail", e))
                        .orElse(null);
        boolean variablesGiven = o.has("variables");
        Map<String, String> variables = o.object("variables").map(Maps::strings).orElse(Map.of());
        Caller caller = Caller.of(ctx);
        o.string("name")
                .filter(n -> !n.equals(caller.environmentName()))
                .ifPresent(
                        n -> {
                            throw ApiException.invalid(
                                    "name",
                                    "'name' is read-only: this environment is "
                                            + Quoted.of(caller.environmentName())
                                            + ", not "
                                            + Quoted.of(n)
                                            + "");
                        });
        s.calls()
                .write(
                        ctx,
                        h -> {
                            EnvironmentRecord current = require(h, caller.environmentId());
                            String nextIdentity =
                                    identityGiven ? identity : current.defaultIdentityEmail();
                            Map<String, String> nextVariables =
                                    variablesGiven ? variables : current.variables();
                            s.repositories()
                                    .environments()
                                    .updateSettings(
                                            h, caller.environmentId(), nextIdentity, nextVariables);
                            return ApiResult.ok(require(h, caller.environmentId()).settings());
                        });
    }

    private EnvironmentRecord require(org.jdbi.v3.core.Handle h, String id) {
        return s.repositories()
                .environments()
                .findById(h, id)
                .orElseThrow(() -> ApiException.notFound("no environment " + Quoted.of(id) + ""));
    }
}
