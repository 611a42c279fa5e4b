package com.ascendkit.journeys.engine.api.transitions;

import com.ascendkit.journeys.engine.api.RequestBody;
import com.ascendkit.journeys.engine.api.journeys.JourneyParts;
import com.ascendkit.journeys.engine.api.json.JsonObject;
import com.ascendkit.journeys.engine.api.json.ModelJson;
import com.ascendkit.journeys.engine.api.json.NodeJson;
import com.ascendkit.journeys.engine.journeys.TransitionSpec;
import com.ascendkit.journeys.model.Names;
import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.model.Trigger;
import io.javalin.http.Context;

/** {@code /v1/journeys/{id}/transitions}: list (filtered), add, update, remove. */
public final class TransitionHandlers {
    private final JourneyParts parts;

    public TransitionHandlers(JourneyParts parts) {
        this.parts = parts;
    }

    public void list(Context ctx) {
        String from = JourneyParts.query(ctx, "from");
        String to = JourneyParts.query(ctx, "to");
        parts.list(
                ctx,
                (h, j) ->
                        j.definition().transitions().stream()
                                .filter(t -> from == null || t.from().equals(from))
                                .filter(t -> to == null || t.to().equals(to))
                                .toList());
    }

    public void add(Context ctx) {
        TransitionSpec spec = NodeJson.transition(RequestBody.object(ctx));
        parts.add(ctx, d -> d.transitions().add(spec));
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
        parts.change(
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
        parts.change(ctx, d -> d.transitions().remove(name));
    }
}
