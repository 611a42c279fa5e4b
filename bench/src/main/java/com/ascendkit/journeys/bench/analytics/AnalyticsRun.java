package com.ascendkit.journeys.bench.analytics;

import com.ascendkit.journeys.bench.internal.BenchDatabase;
import com.ascendkit.journeys.bench.internal.BenchEngine;
import com.ascendkit.journeys.bench.internal.Samples;
import com.ascendkit.journeys.bench.runtime.Onboarding;
import com.ascendkit.journeys.client.EngineClient;
import com.ascendkit.journeys.client.people.JourneyUserQuery;
import com.ascendkit.journeys.engine.runtime.timers.SimulatedClock;
import com.ascendkit.journeys.model.api.JourneyAnalytics;
import java.util.Map;

/**
 * {@code GET /v1/journeys/{id}/analytics} over HTTP (engine-client) on a fresh database holding
 * {@code users} users of the onboarding journey ({@link Population}), after checking that the
 * answer agrees with the user states themselves.
 */
public final class AnalyticsRun {
    private static final int WARMUP = 200;

    private AnalyticsRun() {}

    /** What one size gave: the latencies and how long writing the population took. */
    public record Result(
            int users,
            Samples latency,
            double populateSeconds,
            Samples waiting,
            Samples completed) {}

    public static Result run(BenchDatabase database, int users, int samples) {
        SimulatedClock clock = new SimulatedClock(Onboarding.START);
        try (BenchEngine engine = BenchEngine.start(database.config(), clock)) {
            EngineClient client = engine.client();
            String id = Onboarding.create(client);
            Population population = new Population(engine.db(), engine.environmentId(), id, users);
            long start = System.nanoTime();
            population.write();
            double seconds = (System.nanoTime() - start) / 1e9;
            clock.moveTo(population.now());
            check(engine, id, client.journeys().analytics(id));
            for (int i = 0; i < WARMUP; i++) {
                client.journeys().analytics(id);
            }
            Samples latency = new Samples(samples);
            for (int i = 0; i < samples; i++) {
                long t = System.nanoTime();
                client.journeys().analytics(id);
                latency.add(System.nanoTime() - t);
            }
            Samples waiting =
                    firstPages(client, id, JourneyUserQuery.activeIn("welcome"), samples);
            Samples completed =
                    firstPages(
                            client,
                            id,
                            JourneyUserQuery.activeIn("done").withStatus("completed"),
                            samples);
            return new Result(users, latency, seconds, waiting, completed);
        }
    }

    /**
     * {@code GET /v1/journeys/{id}/users} (who is in a step), the first page of 50: what the editor
     * asks when a card's count is clicked. Checks the page is full first.
     */
    private static Samples firstPages(
            EngineClient client, String id, JourneyUserQuery query, int samples) {
        if (client.people().list(id, query).items().size() != 50) {
            throw new IllegalStateException("expected a full first page of " + query);
        }
        for (int i = 0; i < WARMUP; i++) {
            client.people().list(id, query);
        }
        Samples latency = new Samples(samples);
        for (int i = 0; i < samples; i++) {
            long t = System.nanoTime();
            client.people().list(id, query);
            latency.add(System.nanoTime() - t);
        }
        return latency;
    }

    /** The counters must say what the states say: totals, users per node, transitions fired. */
    private static void check(BenchEngine engine, String id, JourneyAnalytics a) {
        Map<String, Object> s =
                engine.db()
                        .jdbi()
                        .withHandle(
                                h ->
                                        h.createQuery(
                                                        "SELECT COUNT(*) AS enrolled,"
                                                                + " SUM(CASE WHEN status = 'active' THEN 1 ELSE 0 END) AS active,"
                                                                + " SUM(CASE WHEN current_node = 'done' THEN 1 ELSE 0 END) AS done,"
                                                                + " SUM(CASE WHEN current_node = 'nudge' THEN 1 ELSE 0 END) AS nudged"
                                                                + " FROM user_journey_states WHERE journey_id = :j")
                                                .bind("j", id)
                                                .mapToMap()
                                                .one());
        long enrolled = number(s.get("enrolled"));
        long active = number(s.get("active"));
        boolean same =
                a.totals().enrolled() == enrolled
                        && a.totals().active() == active
                        && a.totals().completed() == enrolled - active
                        && a.nodes().get("welcome").current() == active
                        && a.transitions().get(Onboarding.WELCOME_TO_DONE).fired()
                                == number(s.get("done"))
                        && a.transitions().get(Onboarding.WELCOME_TO_NUDGE).fired()
                                == number(s.get("nudged"));
        if (!same) {
            throw new IllegalStateException(
                    "analytics " + a + " disagree with the user states " + s);
        }
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
