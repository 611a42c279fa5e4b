package com.ascendkit.journeys.bench.runtime;

import com.ascendkit.journeys.bench.internal.BenchDatabase;
import com.ascendkit.journeys.bench.internal.BenchEngine;
import com.ascendkit.journeys.engine.runtime.JourneyRuntime;
import com.ascendkit.journeys.engine.runtime.events.EventOutcome;
import com.ascendkit.journeys.engine.runtime.timers.SimulatedClock;
import java.time.Duration;
import java.util.Map;

/**
 * The run-time through its Java API, no HTTP, one caller thread: each event is one committed
 * transaction (the same durability as over HTTP). The engine is a real one (the journey is created
 * through its API); only the measured calls skip HTTP. The outbox dispatcher runs, as in the
 * engine, marking emails {@code delivered_locally}.
 */
public final class InProcessRun {
    private InProcessRun() {}

    /** A warm-up phase of {@code warmupUsers}, then the measured phase of {@code users}. */
    public static Throughput run(BenchDatabase database, int warmupUsers, int users) {
        SimulatedClock clock = new SimulatedClock(Onboarding.START);
        try (BenchEngine engine = BenchEngine.start(database.config(), clock)) {
            Onboarding.create(engine.client());
            phase(engine, "warm", warmupUsers);
            return phase(engine, "user", users);
        }
    }

    private static Throughput phase(BenchEngine engine, String phase, int n) {
        JourneyRuntime runtime = engine.runtime();
        String env = engine.environmentId();
        for (int i = 0; i < n; i++) {
            String id = Onboarding.user(phase, i);
            runtime.users().upsert(env, id, id + "@example.com", "User " + i, null);
        }
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            EventOutcome o =
                    runtime.events()
                            .system(
                                    env,
                                    Onboarding.user(phase, i),
                                    Onboarding.ENTRY_EVENT,
                                    Map.of());
            expect(o.enrolledIn().size() == 1, "user " + i + " was not enrolled");
        }
        int logins = 0;
        for (int i = 0; i < n; i += 2) {
            EventOutcome o =
                    runtime.events()
                            .system(env, Onboarding.user(phase, i), Onboarding.LOGIN, Map.of());
            expect(o.moves().size() == 1, "login of user " + i + " moved nobody");
            logins++;
        }
        long events = System.nanoTime() - start;
        start = System.nanoTime();
        int fired = runtime.advanceClock(Duration.ofDays(3));
        long timers = System.nanoTime() - start;
        expect(fired == n - logins, "fired " + fired + " timers, expected " + (n - logins));
        return new Throughput(n, logins, events, fired, timers);
    }

    static void expect(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalStateException(problem);
        }
    }
}
