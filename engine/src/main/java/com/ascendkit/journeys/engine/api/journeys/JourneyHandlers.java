package com.ascendkit.journeys.engine.api.journeys;

import com.ascendkit.journeys.engine.api.ApiResult;
import com.ascendkit.journeys.engine.api.ApiServices;
import com.ascendkit.journeys.engine.api.Caller;
import com.ascendkit.journeys.engine.api.RequestBody;
import com.ascendkit.journeys.engine.journeys.JourneyDraft;
import com.ascendkit.journeys.engine.journeys.JourneyService.Edited;
import com.ascendkit.journeys.engine.journeys.StoredJourney;
import com.ascendkit.journeys.model.JourneyStats;
import com.ascendkit.journeys.model.JourneyStatus;
import com.ascendkit.journeys.model.api.ExportedJourney;
import com.ascendkit.journeys.model.api.JourneyResponse;
import com.ascendkit.journeys.model.api.JourneySummary;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;

/** {@code /v1/journeys}: create, list, show, PATCH, delete, lifecycle, export and import. */
public final class JourneyHandlers {
    private final ApiServices s;

    public JourneyHandlers(ApiServices services) {
        this.s = services;
    }

    public void list(Context ctx) {
        String statusParam = ctx.queryParam("status");
        JourneyStatus status =
                statusParam == null || statusParam.isEmpty()
                        ? null
                        : JourneyStatus.parse(statusParam);
        String env = Caller.of(ctx).environmentId();
        s.calls()
                .read(
                        ctx,
                        h -> {
                            Map<String, JourneyStats> stats =
                                    s.repositories().analytics().totalsByJourney(h, env);
                            List<JourneySummary> items =
                                    s.repositories().journeys().list(h, env, status).stream()
                                            .map(j -> summary(j, stats))
                                            .toList();
                            return ApiResult.ok(Map.of("items", items));
                        });
    }

    public void create(Context ctx) {
        JourneyDraft draft = JourneyRequests.create(RequestBody.object(ctx));
        String env = Caller.of(ctx).environmentId();
        s.calls().write(ctx, h -> created(s.journeys().create(h, env, draft)));
    }

    public void show(Context ctx) {
        String env = Caller.of(ctx).environmentId();
        s.calls().read(ctx, h -> ok(s.journeys().show(h, env, id(ctx))));
    }

    public void patch(Context ctx) {
        Consumer<JourneyDraft> change = JourneyRequests.patch(RequestBody.object(ctx));
        edit(ctx, change);
    }

    public void delete(Context ctx) {
        String env = Caller.of(ctx).environmentId();
        s.calls()
                .write(
                        ctx,
                        h -> {
                            s.journeys().delete(h, env, id(ctx), ctx.header("If-Match"));
                            return ApiResult.noContent();
                        });
    }

    public void activate(Context ctx) {
        lifecycle(ctx, JourneyStatus.ACTIVE);
    }

    public void pause(Context ctx) {
        lifecycle(ctx, JourneyStatus.PAUSED);
    }

    public void archive(Context ctx) {
        lifecycle(ctx, JourneyStatus.ARCHIVED);
    }

    public void export(Context ctx) {
        String env = Caller.of(ctx).environmentId();
        s.calls()
                .read(
                        ctx,
                        h -> {
                            StoredJourney j = s.journeys().require(h, env, id(ctx));
                            return ApiResult.ok(ExportedJourney.of(j.definition()))
                                    .withEtag(j.version());
                        });
    }

    public void importJourney(Context ctx) {
        JourneyDraft draft = JourneyRequests.importDraft(RequestBody.object(ctx));
        String env = Caller.of(ctx).environmentId();
        s.calls().write(ctx, h -> created(s.journeys().create(h, env, draft)));
    }

    /**
     * Runs a definition change of the journey in the path, with the request's If-Match; answers 200
     * with the journey, or only the change under {@code Prefer: return=minimal}.
     */
    public void edit(Context ctx, Consumer<JourneyDraft> change) {
        edit(ctx, change, 200);
    }

    /** As {@link #edit(Context, Consumer)}, answering {@code status} (201 for an added item). */
    public void edit(Context ctx, Consumer<JourneyDraft> change, int status) {
        String env = Caller.of(ctx).environmentId();
        String ifMatch = ctx.header("If-Match");
        answer(ctx, status, h -> s.journeys().change(h, env, id(ctx), ifMatch, change));
    }

    private void lifecycle(Context ctx, JourneyStatus target) {
        RequestBody.objectOrEmpty(ctx).only();
        String env = Caller.of(ctx).environmentId();
        String ifMatch = ctx.header("If-Match");
        answer(ctx, 200, h -> s.journeys().moveTo(h, env, id(ctx), ifMatch, target));
    }

    private void answer(Context ctx, int status, Function<Handle, Edited> work) {
        boolean minimal = EditAnswers.minimal(ctx);
        s.calls()
                .write(
                        ctx,
                        h -> EditAnswers.answer(s.journeys(), h, work.apply(h), minimal, status));
        // Only a success gets here (a refusal was thrown and answers the usual error). A replay of
        // an Idempotency-Key answers the first call's body, which may be either: it says nothing.
        if (minimal && !"true".equals(ctx.res().getHeader("Idempotent-Replayed"))) {
            ctx.header(EditAnswers.PREFERENCE_APPLIED, EditAnswers.RETURN_MINIMAL);
        }
    }

    /** A journey answer, with its version as ETag. */
    public static ApiResult ok(JourneyResponse r) {
        return ApiResult.ok(r).withEtag(r.journey().version());
    }

    public static ApiResult created(JourneyResponse r) {
        return ApiResult.created(r).withEtag(r.journey().version());
    }

    public static String id(Context ctx) {
        return ctx.pathParam("id");
    }

    private static JourneySummary summary(StoredJourney j, Map<String, JourneyStats> stats) {
        return new JourneySummary(
                j.id(),
                j.definition().name(),
                j.status(),
                j.version(),
                j.definition().entryEvent(),
                j.definition().nodes().size(),
                j.definition().transitions().size(),
                stats.getOrDefault(j.id(), JourneyStats.ZERO),
                j.updatedAt());
    }
}
