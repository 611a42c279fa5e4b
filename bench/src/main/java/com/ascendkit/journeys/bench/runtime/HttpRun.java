package com.ascendkit.journeys.bench.runtime;

import com.ascendkit.journeys.bench.internal.BenchDatabase;
import com.ascendkit.journeys.bench.internal.BenchEngine;
import com.ascendkit.journeys.bench.internal.Stopwatch;
import com.ascendkit.journeys.client.EngineClient;
import com.ascendkit.journeys.client.dev.ClockState;
import com.ascendkit.journeys.client.events.BatchEvent;
import com.ascendkit.journeys.client.events.BatchResult;
import com.ascendkit.journeys.client.events.SystemEvent;
import com.ascendkit.journeys.engine.runtime.JourneyRuntime;
import com.ascendkit.journeys.engine.runtime.timers.SimulatedClock;
import java.util.ArrayList;
import java.util.List;

/**
 * The run-time over HTTP: a load generator in this JVM (engine-client, OkHttp, one keep-alive
 * connection, one thread) sends {@code POST /v1/events/batch} of {@code batch} events, then {@code
 * POST /v1/dev/clock {"advance": "3d"}}. The same durability as in-process: the engine commits each
 * event before it answers.
 */
public final class HttpRun {
    private HttpRun() {}

    /** A warm-up phase, then {@code repeat} measured phases of {@code users} new users each. */
    public static List<Throughput> run(
            BenchDatabase database, int warmupUsers, int users, int repeat, int batch) {
        SimulatedClock clock = new SimulatedClock(Onboarding.START);
        try (BenchEngine engine = BenchEngine.start(database.config(), clock)) {
            Onboarding.create(engine.client());
            EngineClient load = engine.client(1);
            phase(engine, load, "warm", warmupUsers, batch);
            database.settle();
            List<Throughput> measured = new ArrayList<>();
            for (int r = 1; r <= repeat; r++) {
                measured.add(phase(engine, load, "user" + r, users, batch));
            }
            return measured;
        }
    }

    private static Throughput phase(
            BenchEngine engine, EngineClient load, String phase, int n, int batch) {
        JourneyRuntime runtime = engine.runtime();
        for (int i = 0; i < n; i++) {
            String id = Onboarding.user(phase, i);
            runtime.users()
                    .upsert(engine.environmentId(), id, id + "@example.com", "User " + i, null);
        }
        List<BatchEvent> enrolls = new ArrayList<>();
        List<BatchEvent> logins = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = Onboarding.user(phase, i);
            enrolls.add(BatchEvent.system(SystemEvent.of(id, Onboarding.ENTRY_EVENT)));
            if (i % 2 == 0) {
                logins.add(BatchEvent.system(SystemEvent.of(id, Onboarding.LOGIN)));
            }
        }
        Stopwatch events = Stopwatch.start();
        send(load, enrolls, batch);
        send(load, logins, batch);
        Stopwatch.Lap e = events.stop();
        Stopwatch timers = Stopwatch.start();
        ClockState state = load.dev().advanceClock("3d");
        Stopwatch.Lap t = timers.stop();
        int expected = n - logins.size();
        InProcessRun.expect(
                state.timersFired() == null || state.timersFired() == expected,
                "the engine fired " + state.timersFired() + " timers, expected " + expected);
        return new Throughput(
                n,
                logins.size(),
                e.wallNanos(),
                e.cpuNanos(),
                expected,
                t.wallNanos(),
                t.cpuNanos());
    }

    private static void send(EngineClient load, List<BatchEvent> events, int batch) {
        for (int from = 0; from < events.size(); from += batch) {
            BatchResult r =
                    load.events()
                            .batch(events.subList(from, Math.min(events.size(), from + batch)));
            InProcessRun.expect(r.allAccepted(), "events refused: " + r.rejected());
        }
    }
}
