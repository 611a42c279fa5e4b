package com.ascendkit.journeys.bench.runtime;

import com.ascendkit.journeys.engine.runtime.users.ProfileFields;
import com.ascendkit.journeys.bench.internal.BenchDatabase;
import com.ascendkit.journeys.bench.internal.BenchEngine;
import com.ascendkit.journeys.bench.internal.Stopwatch;
import com.ascendkit.journeys.client.EngineClient;
import com.ascendkit.journeys.client.dev.ClockState;
import com.ascendkit.journeys.client.events.SystemEvent;
import com.ascendkit.journeys.engine.runtime.JourneyRuntime;
import com.ascendkit.journeys.engine.runtime.timers.SimulatedClock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The run-time over HTTP, sent by engine-client (OkHttp) from this JVM, in one of two shapes (an
 * {@link HttpSender}): one thread on one keep-alive connection sending {@code POST
 * /v1/events/batch} of {@code batch} events, or {@code clients} threads, each on its own
 * connection, sending one {@code POST /v1/events/system} per event. Then {@code POST /v1/dev/clock
 * {"advance": "3d"}}. The same durability as in-process: the engine commits each call's events
 * before it answers.
 */
public final class HttpRun {
    private HttpRun() {}

    /**
     * A warm-up phase, then {@code repeat} measured phases of {@code users} new users each, sent
     * through the sender that {@code senders} makes for the started engine.
     */
    public static List<Throughput> run(
            BenchDatabase database,
            int warmupUsers,
            int users,
            int repeat,
            Function<BenchEngine, HttpSender> senders) {
        SimulatedClock clock = new SimulatedClock(Onboarding.START);
        try (BenchEngine engine = BenchEngine.start(database.config(), clock)) {
            Onboarding.create(engine.client());
            try (HttpSender sender = senders.apply(engine)) {
                phase(engine, sender, "warm", warmupUsers);
                database.settle();
                List<Throughput> measured = new ArrayList<>();
                for (int r = 1; r <= repeat; r++) {
                    measured.add(phase(engine, sender, "user" + r, users));
                }
                return measured;
            }
        }
    }

    private static Throughput phase(BenchEngine engine, HttpSender sender, String phase, int n) {
        JourneyRuntime runtime = engine.runtime();
        for (int i = 0; i < n; i++) {
            String id = Onboarding.user(phase, i);
            runtime.users().put(engine.environmentId(), id, new ProfileFields(id + "@example.com", "User " + i, null, null, null));
        }
        List<SystemEvent> enrolls = new ArrayList<>();
        List<SystemEvent> logins = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = Onboarding.user(phase, i);
            enrolls.add(SystemEvent.of(id, Onboarding.ENTRY_EVENT));
            if (i % 2 == 0) {
                logins.add(SystemEvent.of(id, Onboarding.LOGIN));
            }
        }
        Stopwatch events = Stopwatch.start();
        // Every enrollment is answered before the first login is sent.
        sender.send(enrolls);
        sender.send(logins);
        Stopwatch.Lap e = events.stop();
        EngineClient control = engine.client();
        Stopwatch timers = Stopwatch.start();
        ClockState state = control.dev().advanceClock("3d");
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
}
