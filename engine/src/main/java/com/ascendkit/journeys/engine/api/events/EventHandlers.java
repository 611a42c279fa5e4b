package com.ascendkit.journeys.engine.api.events;

import com.ascendkit.journeys.engine.api.ApiException;
import com.ascendkit.journeys.engine.api.ApiResult;
import com.ascendkit.journeys.engine.api.ApiServices;
import com.ascendkit.journeys.engine.api.Caller;
import com.ascendkit.journeys.engine.api.RequestBody;
import com.ascendkit.journeys.engine.api.json.JsonObject;
import com.ascendkit.journeys.engine.runtime.events.BatchEvent;
import com.ascendkit.journeys.engine.runtime.events.BatchResult;
import com.ascendkit.journeys.engine.runtime.events.BatchSplit;
import com.ascendkit.journeys.engine.runtime.events.EventOutcome;
import com.ascendkit.journeys.engine.runtime.events.EventProcessor;
import com.ascendkit.journeys.model.api.ApiError;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.jdbi.v3.core.Handle;

/**
 * {@code POST /v1/events/track}, {@code /system} and {@code /batch}: thin handlers over the
 * run-time's {@link EventProcessor}. The event runs on the call's handle, inside its transaction
 * (with its {@code Idempotency-Key}), so the 200 comes after its enrollments, moves, outbox rows
 * and counters are committed, and a retry with the same key never applies it twice.
 */
public final class EventHandlers {
    private final ApiServices s;

    public EventHandlers(ApiServices services) {
        this.s = services;
    }

    public void track(Context ctx) {
        BatchEvent e = EventRequests.track(RequestBody.object(ctx));
        one(
                ctx,
                e.userId(),
                (h, env) ->
                        s.runtime()
                                .events()
                                .track(
                                        h,
                                        env,
                                        e.userId(),
                                        e.event(),
                                        e.properties(),
                                        e.timestamp()));
    }

    public void system(Context ctx) {
        BatchEvent e = EventRequests.system(RequestBody.object(ctx));
        one(
                ctx,
                e.userId(),
                (h, env) ->
                        s.runtime().events().system(h, env, e.userId(), e.event(), e.properties()));
    }

    /**
     * Events that cannot be read (unknown field, wrong type) are refused on their own, like those
     * the run-time refuses; a batch that is not a list of 1 to 1,000 objects is a 400.
     */
    public void batch(Context ctx) {
        JsonObject body = RequestBody.object(ctx).only("events");
        List<JsonNode> items =
                body.array("events")
                        .orElseThrow(() -> ApiException.invalid("events", "'events' is required"));
        BatchSplit.requireSize(items.size());
        for (int i = 0; i < items.size(); i++) {
            if (!items.get(i).isObject()) {
                throw ApiException.invalid(
                        "events[" + i + "]", "'events[" + i + "]' must be a JSON object");
            }
        }
        BatchSplit<BatchEvent, ApiException> split =
                BatchSplit.of(
                        items,
                        ApiException.class,
                        item -> EventRequests.batchEvent(JsonObject.of(item, "")));
        String env = Caller.of(ctx).environmentId();
        s.calls()
                .write(
                        ctx,
                        h -> {
                            List<BatchResult> applied =
                                    split.read().isEmpty()
                                            ? List.of()
                                            : s.runtime().events().batch(h, env, split.read());
                            List<Item> results =
                                    split.merge(
                                            applied,
                                            EventHandlers::item,
                                            (index, e) ->
                                                    Item.refused(
                                                            index,
                                                            e.code(),
                                                            e.getMessage(),
                                                            e.field()));
                            return ApiResult.ok(Map.of("results", results));
                        });
    }

    /**
     * Runs one event on the call's handle, in the transaction that also records its {@code
     * Idempotency-Key}, and answers that it was accepted.
     */
    private void one(Context ctx, String userId, BiFunction<Handle, String, EventOutcome> event) {
        String env = Caller.of(ctx).environmentId();
        s.calls().write(ctx, h -> accepted(userId, event.apply(h, env)));
    }

    private static ApiResult accepted(String userId, EventOutcome outcome) {
        return ApiResult.ok(new Accepted(true, userId, outcome.event()));
    }

    /** A read event's result: its recorded name, or the run-time's refusal. */
    private static Item item(int index, BatchResult r) {
        return r.accepted()
                ? Item.accepted(index, r.outcome().event())
                : Item.refused(index, "invalid_request", r.error().getMessage(), r.error().field());
    }

    /** The answer to one event: its user and the name it was recorded as. */
    record Accepted(boolean accepted, String userId, String event) {}

    /** One event's result in a batch answer. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Item(int index, boolean accepted, String event, ApiError.Detail error) {
        static Item accepted(int index, String event) {
            return new Item(index, true, event, null);
        }

        static Item refused(int index, String code, String message, String field) {
            return new Item(index, false, null, new ApiError.Detail(code, message, field));
        }
    }
}
