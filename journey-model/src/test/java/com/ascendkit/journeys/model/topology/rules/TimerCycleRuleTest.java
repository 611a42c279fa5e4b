package com.ascendkit.journeys.model.topology.rules;

import static com.ascendkit.journeys.model.testing.DefinitionBuilder.journey;
import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.model.JourneyDefinition;
import com.ascendkit.journeys.model.testing.JourneyGenerator;
import com.ascendkit.journeys.model.testing.StaticReferences;
import com.ascendkit.journeys.model.topology.JourneyGraph;
import com.ascendkit.journeys.model.topology.Warning;
import com.ascendkit.journeys.model.topology.WarningCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimerCycleRuleTest {
    private static List<Warning> check(JourneyDefinition definition) {
        return new TimerCycleRule().check(JourneyGraph.of(definition), StaticReferences.empty());
    }

    @Test
    void warnsOnceAboutACycleOfTimersNamingItsFirstNode() {
        List<Warning> warnings =
                check(
                        journey("start")
                                .node("start")
                                .node("a")
                                .node("b")
                                .node("c")
                                .timer("start", "b", "1d")
                                .timer("b", "c", "1d")
                                .timer("c", "a", "1d")
                                .timer("a", "b", "1d")
                                .build());

        assertThat(warnings)
                .singleElement()
                .satisfies(
                        w -> {
                            assertThat(w.code()).isEqualTo(WarningCode.TIMER_CYCLE);
                            assertThat(w.node()).isEqualTo("a");
                            assertThat(w.message())
                                    .isEqualTo(
                                            "timer transitions loop 'a' → 'b' → 'c' → 'a': users"
                                                    + " would go round and repeat these actions"
                                                    + " forever");
                        });
    }

    @Test
    void warnsAboutATimerFromANodeToItself() {
        List<Warning> warnings = check(journey("a").node("a").timer("a", "a", "30m").build());

        assertThat(warnings)
                .singleElement()
                .satisfies(
                        w -> {
                            assertThat(w.node()).isEqualTo("a");
                            assertThat(w.message()).contains("timer transition to itself");
                        });
    }

    @Test
    void reportsEachSeparateCycle() {
        List<Warning> warnings =
                check(
                        journey("a")
                                .node("a")
                                .node("b")
                                .node("c")
                                .node("d")
                                .timer("a", "b", "1d")
                                .timer("b", "a", "1d")
                                .timer("c", "d", "1d")
                                .timer("d", "c", "1d")
                                .build());

        assertThat(warnings).extracting(Warning::node).containsExactly("a", "c");
    }

    @Test
    void ignoresCyclesThatNeedAnEvent() {
        assertThat(
                        check(
                                journey("a")
                                        .node("a")
                                        .node("b")
                                        .timer("a", "b", "1d")
                                        .on("b", "a", "user.login")
                                        .build()))
                .isEmpty();
    }

    @Test
    void ignoresCyclesThroughATimerThatAnEarlierTimerShadows() {
        List<Warning> warnings =
                check(
                        journey("a")
                                .node("a")
                                .node("b")
                                .terminal("done")
                                .timer("a", "done", "1d")
                                .timer("a", "b", "2d")
                                .timer("b", "a", "1d")
                                .build());

        assertThat(warnings).isEmpty();
    }

    @Test
    void ignoresCyclesThroughATerminalNode() {
        assertThat(
                        check(
                                journey("a")
                                        .node("a")
                                        .terminal("done")
                                        .timer("a", "done", "1d")
                                        .timer("done", "a", "1d")
                                        .build()))
                .isEmpty();
    }

    @Test
    void abbreviatesALongCycleAndCountsItsNodes() {
        List<Warning> warnings = check(JourneyGenerator.timerRing(5_000));

        assertThat(warnings)
                .singleElement()
                .satisfies(
                        w -> {
                            assertThat(w.node()).isEqualTo("n0");
                            assertThat(w.message())
                                    .startsWith(
                                            "timer transitions loop 'n0' → 'n1' → 'n2' → 'n3' →"
                                                    + " 'n4' → … (5000 nodes) → 'n0'");
                        });
    }
}
