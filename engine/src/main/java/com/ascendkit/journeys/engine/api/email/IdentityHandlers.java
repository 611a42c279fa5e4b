package com.ascendkit.journeys.engine.api.email;

import com.ascendkit.journeys.engine.api.ApiException;
import com.ascendkit.journeys.engine.api.ApiResult;
import com.ascendkit.journeys.engine.api.ApiServices;
import com.ascendkit.journeys.engine.api.Caller;
import com.ascendkit.journeys.engine.api.RequestBody;
import com.ascendkit.journeys.engine.api.json.JsonObject;
import com.ascendkit.journeys.model.Emails;
import com.ascendkit.journeys.model.Quoted;
import com.ascendkit.journeys.model.api.Identity;
import io.javalin.http.Context;
import java.util.Map;

/**
 * {@code /v1/email/identities}: list, add (unverified), verify. Verification here is the operator's
 * act of saying the address is theirs; there is no mail round trip in a local engine.
 */
public final class IdentityHandlers {
    private final ApiServices s;

    public IdentityHandlers(ApiServices services) {
        this.s = services;
    }

    public void list(Context ctx) {
        String env = Caller.of(ctx).environmentId();
        s.calls()
                .read(
                        ctx,
                        h ->
                                ApiResult.ok(
                                        Map.of(
                                                "items",
                                                s.repositories().identities().list(h, env))));
    }

    public void add(Context ctx) {
        JsonObject o = RequestBody.object(ctx).only("email", "name", "verified");
        String email = Emails.require("email", o.requiredString("email"));
        String name = o.string("name").orElse(null);
        if (name != null && name.length() > 200) {
            throw ApiException.invalid("name", "'name' is longer than 200 characters");
        }
        if (o.bool("verified").orElse(false)) {
            throw ApiException.invalid(
                    "verified",
                    "a new identity is unverified: verify it with POST"
                            + " /v1/email/identities/{email}/verify");
        }
        String env = Caller.of(ctx).environmentId();
        Identity identity = new Identity(email, name, false);
        s.calls()
                .write(
                        ctx,
                        h -> {
                            if (s.repositories().identities().find(h, env, email).isPresent()) {
                                throw ApiException.conflict(
                                        "email",
                                        "the identity " + Quoted.of(email) + " already exists");
                            }
                            s.repositories().identities().insert(h, env, identity);
                            return ApiResult.created(identity);
                        });
    }

    public void verify(Context ctx) {
        RequestBody.objectOrEmpty(ctx).only();
        String env = Caller.of(ctx).environmentId();
        String email = ctx.pathParam("email");
        s.calls()
                .write(
                        ctx,
                        h -> {
                            if (!s.repositories().identities().verify(h, env, email)) {
                                throw ApiException.notFound("no identity " + Quoted.of(email) + "");
                            }
                            return ApiResult.ok(
                                    s.repositories()
                                            .identities()
                                            .find(h, env, email)
                                            .orElseThrow());
                        });
    }
}
