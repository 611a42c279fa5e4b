package com.ascendkit.journeys.engine.runtime.timers;

import static com.ascendkit.journeys.engine.runtime.RuntimeFixture.ENV;
import static com.ascendkit.journeys.engine.runtime.RuntimeFixture.START;
import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.engine.runtime.JourneyRuntime;
import com.ascendkit.journeys.engine.runtime.RuntimeFixture;
import com.ascendkit.journeys.engine.runtime.TestJourneys;
import com.ascendkit.journeys.engine.runtime.events.BatchEvent;
import com.ascendkit.journeys.engine.store.Database;
import com.ascendkit.journeys.engine.store.DatabaseConfig;
import com.ascendkit.journeys.engine.store.TestDatabases;
import com.ascendkit.journeys.model.JourneyStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Two pollers on two connection pools (as two engine processes would have) share one PostgreSQL
 * schema and fire 2,000 due timers between them: each exactly once.
 */
class TwoPollersPostgresTest {
    private static final int USERS = 2000;

    @Test
    void firesEachTimerExactlyOnceAcrossTwoPollers() throws Exception {
        DatabaseConfig config = TestDatabases.postgres().withPoolSize(4);
        try (RuntimeFixture fx = new RuntimeFixture(config)) {
            String j =
                    fx.createJourney(
                            JourneyStatus.ACTIVE,
                            TestJourneys.entering("user.created", "wait")
                                    .node("wait")
                                    .terminal("done")
                                    .timer("wait", "done", "1h")
                                    .build());
            for (int from = 0; from < USERS; from += 1000) {
                List<BatchEvent> batch = new ArrayList<>();
                for (int i = from; i < from + 1000; i++) {
                    batch.add(new BatchEvent("system", "u" + i, "user.created", null, null));
                }
                fx.runtime.events().batch(ENV, batch);
            }
            Clock later = Clock.fixed(START.plus(Duration.ofHours(2)), ZoneOffset.UTC);

            int moved;
            try (Database other = Database.open(config);
                    JourneyRuntime a =
                            JourneyRuntime.builder(fx.db).clock(later).timerBatchSize(50).build();
                    JourneyRuntime b =
                            JourneyRuntime.builder(other).clock(later).timerBatchSize(50).build()) {
                ExecutorService pool = Executors.newFixedThreadPool(2);
                try {
                    List<Callable<Integer>> work =
                            List.of(() -> a.timers().fireDue(), () -> b.timers().fireDue());
                    moved = 0;
                    List<Integer> each = new ArrayList<>();
                    for (Future<Integer> f : pool.invokeAll(work)) {
                        each.add(f.get());
                        moved += f.get();
                    }
                    assertThat(each).allMatch(n -> n > 0);
                } finally {
                    pool.shutdown();
                }
            }

            assertThat(moved).isEqualTo(USERS);
            assertThat(fx.stats.fired(j, "wait-to-done")).isEqualTo(USERS);
            assertThat(fx.stats.totals(j).completed()).isEqualTo(USERS);
            assertThat(fx.count("SELECT COUNT(*) FROM user_visits")).isEqualTo(2 * USERS);
            assertThat(fx.count("SELECT COUNT(*) FROM journey_timers")).isZero();
        }
    }
}
