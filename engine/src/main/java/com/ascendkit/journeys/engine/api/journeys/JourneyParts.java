package com.ascendkit.journeys.engine.api.journeys;

import com.ascendkit.journeys.engine.api.ApiResult;
import com.ascendkit.journeys.engine.api.ApiServices;
import com.ascendkit.journeys.engine.api.Caller;
import com.ascendkit.journeys.engine.journeys.JourneyDraft;
import com.ascendkit.journeys.engine.journeys.StoredJourney;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;

/**
 * What the handlers of a journey's parts ({@code /v1/journeys/{id}/nodes} and {@code /transitions})
 * share: a list read from the journey in the path, answered with the journey's version as ETag (so
 * that the editor can send it back as {@code If-Match}), and changes of its definition through
 * {@link JourneyHandlers#edit}. Thread-safe.
 */
public final class JourneyParts {
    private final ApiServices s;
    private final JourneyHandlers journeys;

    public JourneyParts(ApiServices services, JourneyHandlers journeys) {
        this.s = services;
        this.journeys = journeys;
    }

    /** Answers {@code {"items": …}}, the list {@code items} makes of the journey in the path. */
    public void list(Context ctx, BiFunction<Handle, StoredJourney, List<?>> items) {
        String env = Caller.of(ctx).environmentId();
        s.calls()
                .read(
                        ctx,
                        h -> {
                            StoredJourney j = s.journeys().require(h, env, JourneyHandlers.id(ctx));
                            return ApiResult.ok(Map.of("items", items.apply(h, j)))
                                    .withEtag(j.version());
                        });
    }

    /** Adds a part: the change answered 201. */
    public void add(Context ctx, Consumer<JourneyDraft> change) {
        journeys.edit(ctx, change, 201);
    }

    /** Changes or removes a part: answered 200. */
    public void change(Context ctx, Consumer<JourneyDraft> change) {
        journeys.edit(ctx, change);
    }

    /** The query parameter {@code name}, or null when it is absent or empty. */
    public static String query(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isEmpty() ? null : value;
    }
}
