package com.ascendkit.journeys.engine.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * Analytics and stats are read from the counter tables the run-time keeps (sums of shards). No
 * run-time exists on this branch, so the tests write counter rows as the run-time would.
 */
public abstract class AnalyticsContractTest extends EngineTestBase {

    @Test
    void listsEveryNodeAndTransitionWithZerosWhenNothingHappened() {
        String id = createWiredJourney();
        JsonNode a = ok(api.get(journey(id) + "/analytics")).json();
        assertThat(a.get("totals").get("enrolled").asLong()).isZero();
        assertThat(a.get("nodes").size()).isEqualTo(3);
        assertThat(a.at("/nodes/nudge/current").asLong()).isZero();
        assertThat(a.at("/nodes/nudge/medianSecondsInNode").asDouble()).isZero();
        assertThat(a.get("transitions").size()).isEqualTo(2);
        assertThat(a.at("/transitions/welcome-to-done/conversionRate").asDouble()).isZero();
    }

    @Test
    void sumsTheShardsOfTheCounters() {
        String id = createWiredJourney();
        sql("INSERT INTO journey_totals VALUES ('%s', 0, 6, 2, 3, 0, 1)", id);
        sql("INSERT INTO journey_totals VALUES ('%s', 5, 4, 1, 2, 1, 0)", id);
        sql("INSERT INTO node_counters VALUES ('%s', 'welcome', 0, 1, 6, 5, 500)", id);
        sql("INSERT INTO node_counters VALUES ('%s', 'welcome', 3, 0, 4, 5, 100)", id);
        sql("INSERT INTO transition_counters VALUES ('%s', 'welcome-to-done', 1, 3)", id);
        sql("INSERT INTO transition_counters VALUES ('%s', 'welcome-to-done', 2, 2)", id);
        JsonNode a = ok(api.get(journey(id) + "/analytics")).json();
        assertThat(a.at("/totals/enrolled").asLong()).isEqualTo(10);
        assertThat(a.at("/totals/completed").asLong()).isEqualTo(5);
        assertThat(a.at("/nodes/welcome/current").asLong()).isEqualTo(1);
        assertThat(a.at("/nodes/welcome/entered").asLong()).isEqualTo(10);
        assertThat(a.at("/nodes/welcome/avgSecondsInNode").asDouble()).isEqualTo(60.0);
        assertThat(a.at("/transitions/welcome-to-done/fired").asLong()).isEqualTo(5);
        assertThat(a.at("/transitions/welcome-to-done/conversionRate").asDouble()).isEqualTo(0.5);
        assertThat(stored(id).get("stats").get("enrolled").asLong()).isEqualTo(10);
    }

    @Test
    void readsTheMedianOffTheHistogram() {
        String id = createWiredJourney();
        // 3 visits of about 60 s (bucket 23: [52.0, 61.9) s) and 2 of about an hour (bucket 47).
        sql("INSERT INTO node_time_histogram VALUES ('%s', 'nudge', 23, 0, 2)", id);
        sql("INSERT INTO node_time_histogram VALUES ('%s', 'nudge', 23, 1, 1)", id);
        sql("INSERT INTO node_time_histogram VALUES ('%s', 'nudge', 47, 0, 2)", id);
        JsonNode a = ok(api.get(journey(id) + "/analytics")).json();
        assertThat(a.at("/nodes/nudge/medianSecondsInNode").asDouble())
                .isCloseTo(Math.pow(2, 23.5 / 4), within(1e-9));
    }

    @Test
    void ignoresCountersOfNodesNoLongerInTheJourney() {
        String id = createWiredJourney();
        sql("INSERT INTO node_counters VALUES ('%s', 'gone', 0, 7, 7, 0, 0)", id);
        JsonNode a = ok(api.get(journey(id) + "/analytics")).json();
        assertThat(a.get("nodes").has("gone")).isFalse();
    }

    private void sql(String template, String id) {
        engine.database().jdbi().useHandle(h -> h.execute(String.format(template, id)));
    }
}
