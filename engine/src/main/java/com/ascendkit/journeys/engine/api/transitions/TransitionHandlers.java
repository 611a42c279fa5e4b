package com.ascendkit.journeys.engine.api.transitions;

import com.ascendkit.journeys.engine.api.ApiResult;
import com.ascendkit.journeys.engine.api.ApiServices;
import com.ascendkit.journeys.engine.api.Caller;
import com.ascendkit.journeys.engine.api.RequestBody;
import com.ascendkit.journeys.engine.api.journeys.JourneyHandlers;
import com.ascendkit.journeys.engine.api.json.JsonObject;
import com.ascendkit.journeys.engine.api.json.ModelJson;
import com.ascendkit.journeys.engine.api.json.NodeJson;
import com.ascendkit.journeys.engine.journeys.StoredJourney;
import com.ascendkit.journeys.engine.journeys.TransitionSpec;
import com.ascendkit.journeys.model.Names;
import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.model.Trigger;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/** {@code /v1/journeys/{id}/transitions}: list (filtered), add, update, remove. */
public final class TransitionHandlers {
    private final ApiServices s;
    private final JourneyHandlers journeys;

    public TransitionHandlers(ApiServices services, JourneyHandlers journeys) {
        this.s = services;
        this.journeys = journeys;
    }

    public void list(Context ctx) {
        String from = emptyToNull(ctx.queryParam("from"));
        String to = emptyToNull(ctx.queryParam("to"));
        String env = Caller.of(ctx).environmentId();
        s.calls()
                .read(
                        ctx,
                        h -> {
                            StoredJourney j = s.journeys().require(h, env, JourneyHandlers.id(ctx));
                            List<Transition> items =
                                    j.definition().transitions().stream()
                                            .filter(t -> from == null || t.from().equals(from))
                                            .filter(t -> to == null || t.to().equals(to))
                                            .toList();
                            return ApiResult.ok(Map.of("items", items)).withEtag(j.version());
                        });
    }

    public void add(Context ctx) {
        TransitionSpec spec = NodeJson.transition(RequestBody.object(ctx));
        journeys.edit(ctx, d -> d.transitions().add(spec), 201);
    }

    public void update(Context ctx) {
        JsonObject o =
                RequestBody.object(ctx)
                        .only("name", "from", "to", "trigger")
                        .notNull("name", "from", "to", "trigger");
        String newName =
                o.string("name").map(n -> Names.requireTransitionName("name", n)).orElse(null);
        String from = o.string("from").map(n -> Names.requireNodeName("from", n)).orElse(null);
        String to = o.string("to").map(n -> Names.requireNodeName("to", n)).orElse(null);
        Trigger trigger = o.object("trigger").map(ModelJson::trigger).orElse(null);
        String name = ctx.pathParam("name");
        journeys.edit(
                ctx,
                d -> {
                    Transition current = d.transitions().get(name);
                    d.transitions()
                            .update(
                                    name,
                                    new TransitionSpec(
                                            newName,
                                            from == null ? current.from() : from,
                                            to == null ? current.to() : to,
                                            trigger == null ? current.trigger() : trigger,
                                            ""));
                });
    }

    public void remove(Context ctx) {
        String name = ctx.pathParam("name");
        journeys.edit(ctx, d -> d.transitions().remove(name));
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
