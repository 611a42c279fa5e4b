package com.ascendkit.journeys.bench.runtime;

import com.ascendkit.journeys.engine.runtime.users.ProfileFields;
import com.ascendkit.journeys.bench.internal.BenchDatabase;
import com.ascendkit.journeys.bench.internal.BenchEngine;
import com.ascendkit.journeys.bench.internal.Stopwatch;
import com.ascendkit.journeys.engine.runtime.JourneyRuntime;
import com.ascendkit.journeys.engine.runtime.events.BatchEvent;
import com.ascendkit.journeys.engine.runtime.events.BatchResult;
import com.ascendkit.journeys.engine.runtime.events.EventOutcome;
import com.ascendkit.journeys.engine.runtime.timers.SimulatedClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The run-time through its Java API, no HTTP, one caller thread, in one of two modes: one event per
 * call ({@code EventProcessor.system}, {@code batch == 1}), or {@code batch} events per call of
 * {@code EventProcessor.batch}, chunked as the HTTP run chunks its requests. Either way each call
 * has committed its events when it returns (the same durability as over HTTP); how many commits a
 * batch call makes is the engine's business. The engine is a real one (the journey is created
 * through its API); only the measured calls skip HTTP. The outbox dispatcher runs, as in the
 * engine, marking emails {@code delivered_locally}.
 */
public final class InProcessRun {
    private static final Duration ADVANCE = Duration.ofDays(3);

    private final JourneyRuntime runtime;
    private final String env;
    private final int batch;

    private InProcessRun(BenchEngine engine, int batch) {
        this.runtime = engine.runtime();
        this.env = engine.environmentId();
        this.batch = batch;
    }

    /**
     * A warm-up phase of {@code warmupUsers}, then {@code repeat} measured phases of {@code users}
     * new users each, sending {@code batch} events per call (1: {@code system(...)} per event).
     */
    public static List<Throughput> run(
            BenchDatabase database, int warmupUsers, int users, int repeat, int batch) {
        SimulatedClock clock = new SimulatedClock(Onboarding.START);
        try (BenchEngine engine = BenchEngine.start(database.config(), clock)) {
            Onboarding.create(engine.client());
            InProcessRun run = new InProcessRun(engine, batch);
            run.phase("warm", warmupUsers);
            database.settle();
            List<Throughput> measured = new ArrayList<>();
            for (int r = 1; r <= repeat; r++) {
                measured.add(run.phase("user" + r, users));
            }
            return measured;
        }
    }

    private Throughput phase(String phase, int n) {
        for (int i = 0; i < n; i++) {
            String id = Onboarding.user(phase, i);
            runtime.users().put(env, id, new ProfileFields(id + "@example.com", "User " + i, null, null, null));
        }
        List<String> enrolls = new ArrayList<>();
        List<String> logins = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            enrolls.add(Onboarding.user(phase, i));
            if (i % 2 == 0) {
                logins.add(Onboarding.user(phase, i));
            }
        }
        Stopwatch events = Stopwatch.start();
        send(enrolls, Onboarding.ENTRY_EVENT);
        send(logins, Onboarding.LOGIN);
        Stopwatch.Lap e = events.stop();
        Stopwatch timers = Stopwatch.start();
        int fired = runtime.advanceClock(ADVANCE);
        Stopwatch.Lap t = timers.stop();
        int expected = n - logins.size();
        expect(fired == expected, "fired " + fired + " timers, expected " + expected);
        return new Throughput(
                n, logins.size(), e.wallNanos(), e.cpuNanos(), fired, t.wallNanos(), t.cpuNanos());
    }

    /** Sends {@code event} for each user; each must enroll (entry event) or move the user once. */
    private void send(List<String> userIds, String event) {
        boolean entry = event.equals(Onboarding.ENTRY_EVENT);
        if (batch == 1) {
            for (String id : userIds) {
                check(runtime.events().system(env, id, event, Map.of()), id, entry);
            }
            return;
        }
        for (int from = 0; from < userIds.size(); from += batch) {
            List<String> chunk = userIds.subList(from, Math.min(userIds.size(), from + batch));
            List<BatchEvent> calls = new ArrayList<>(chunk.size());
            for (String id : chunk) {
                calls.add(new BatchEvent("system", id, event, Map.of(), null));
            }
            List<BatchResult> results = runtime.events().batch(env, calls);
            expect(results.size() == chunk.size(), "batch answered " + results.size() + " results");
            for (BatchResult r : results) {
                String id = chunk.get(r.index());
                expect(r.accepted(), "event of " + id + " refused: " + r.error());
                check(r.outcome(), id, entry);
            }
        }
    }

    private static void check(EventOutcome o, String userId, boolean entry) {
        if (entry) {
            expect(o.enrolledIn().size() == 1, "user " + userId + " was not enrolled");
        } else {
            expect(o.moves().size() == 1, "login of user " + userId + " moved nobody");
        }
    }

    static void expect(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalStateException(problem);
        }
    }
}
