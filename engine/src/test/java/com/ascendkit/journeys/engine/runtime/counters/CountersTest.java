package com.ascendkit.journeys.engine.runtime.counters;

import static com.ascendkit.journeys.engine.runtime.RuntimeFixture.ENV;
import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.engine.runtime.RuntimeTestCase;
import com.ascendkit.journeys.engine.runtime.TestJourneys;
import com.ascendkit.journeys.model.JourneyStats;
import com.ascendkit.journeys.model.JourneyStatus;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

abstract class CountersTest extends RuntimeTestCase {

    @Test
    void countsEnrollmentsVisitsTimesAndTransitions() {
        String j =
                fx.createJourney(
                        JourneyStatus.ACTIVE,
                        TestJourneys.entering("user.created", "wait")
                                .node("wait")
                                .terminal("done")
                                .timer("wait", "done", "1h")
                                .on("login", "wait", "done", "user.login")
                                .build());
        for (int i = 0; i < 3; i++) {
            fx.runtime.events().system(ENV, "u" + i, "user.created", null);
        }
        fx.runtime.advanceClock(Duration.ofSeconds(10));
        fx.runtime.events().system(ENV, "u0", "user.login", null);
        fx.runtime.advanceClock(Duration.ofHours(1));

        assertThat(fx.stats.totals(j)).isEqualTo(new JourneyStats(3, 0, 3, 0, 0));
        long[] wait = fx.stats.node(j, "wait");
        assertThat(wait).containsExactly(0, 3, 3, 10 + 3600 + 3600);
        assertThat(fx.stats.node(j, "done")).containsExactly(0, 3, 3, 0);
        assertThat(fx.stats.fired(j, "login")).isEqualTo(1);
        assertThat(fx.stats.fired(j, "wait-to-done")).isEqualTo(2);
        // 10 s: floor(4 * log2 10) = 13; 3600 s: floor(4 * log2 3600) = 47.
        assertThat(fx.stats.histogram(j, "wait")).isEqualTo(Map.of(13, 1L, 47, 2L));
        assertThat(fx.stats.histogram(j, "done")).isEqualTo(Map.of(0, 3L));
    }

    @Test
    void countsActiveUsersPerNodeWhileTheyAreThere() {
        String j =
                fx.createJourney(
                        JourneyStatus.ACTIVE,
                        TestJourneys.entering("user.created", "wait").node("wait").build());
        for (int i = 0; i < 20; i++) {
            fx.runtime.events().system(ENV, "u" + i, "user.created", null);
        }

        assertThat(fx.stats.totals(j).active()).isEqualTo(20);
        assertThat(fx.stats.node(j, "wait")[0]).isEqualTo(20);
        assertThat(fx.count("SELECT COUNT(*) FROM journey_totals WHERE journey_id = ?", j))
                .isBetween(1, CounterDeltas.SHARDS);
    }
}
