package com.ascendkit.journeys.engine.api.clock;

import com.ascendkit.journeys.engine.api.ApiException;
import com.ascendkit.journeys.engine.api.ApiResult;
import com.ascendkit.journeys.engine.api.ApiServices;
import com.ascendkit.journeys.engine.api.RequestBody;
import com.ascendkit.journeys.engine.api.json.JsonObject;
import com.ascendkit.journeys.engine.runtime.timers.SimulatedClock;
import com.ascendkit.journeys.model.Delay;
import io.javalin.http.Context;
import java.time.Instant;

/**
 * {@code POST /v1/dev/clock {"advance": "2d"}}: moves a simulated clock, firing every timer due by
 * the new time in due order, and answers {@code {"now", "timersFired"}} once all of them are
 * committed. The firings run in the call's transaction (with its {@code Idempotency-Key}): they
 * commit together, and a retried call does not advance twice. A wall-clock engine answers 404.
 */
public final class ClockHandler {
    private final ApiServices s;

    public ClockHandler(ApiServices services) {
        this.s = services;
    }

    public void advance(Context ctx) {
        SimulatedClock clock =
                s.runtime()
                        .simulatedClock()
                        .orElseThrow(
                                () ->
                                        ApiException.notFound(
                                                "no route POST /v1/dev/clock: this engine runs on"
                                                        + " the wall clock (start it with --clock"
                                                        + " simulated)"));
        JsonObject body = RequestBody.object(ctx).only("advance");
        Delay by = Delay.parse("advance", body.requiredString("advance"));
        s.calls()
                .write(
                        ctx,
                        h -> {
                            int fired = s.runtime().advanceClock(by.toDuration());
                            return ApiResult.ok(new State(clock.instant(), fired));
                        });
    }

    /** The simulated time now and how many timers this call fired. */
    record State(Instant now, int timersFired) {}
}
