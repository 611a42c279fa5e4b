package com.ascendkit.journeys.model.topology.rules;

import static com.ascendkit.journeys.model.testing.DefinitionBuilder.journey;
import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.model.JourneyDefinition;
import com.ascendkit.journeys.model.testing.StaticReferences;
import com.ascendkit.journeys.model.topology.JourneyGraph;
import com.ascendkit.journeys.model.topology.Warning;
import com.ascendkit.journeys.model.topology.WarningCode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShadowedTransitionRuleTest {
    private static List<Warning> check(JourneyDefinition definition) {
        return new ShadowedTransitionRule()
                .check(JourneyGraph.of(definition), StaticReferences.empty());
    }

    @Test
    void warnsAboutALongerTimerFromTheSameNode() {
        List<Warning> warnings =
                check(
                        journey("a")
                                .node("a")
                                .node("slow")
                                .node("fast")
                                .timer("a", "slow", "1w")
                                .timer("a", "fast", "2d")
                                .build());

        assertThat(warnings)
                .singleElement()
                .satisfies(
                        w -> {
                            assertThat(w.code()).isEqualTo(WarningCode.SHADOWED_TRANSITION);
                            assertThat(w.transition()).isEqualTo("a-to-slow");
                            assertThat(w.message())
                                    .isEqualTo(
                                            "transition 'a-to-slow' (after 1w) can never fire:"
                                                    + " transition 'a-to-fast' (after 2d) takes"
                                                    + " users out of 'a' first");
                        });
    }

    @Test
    void letsTheFirstListedOfEqualTimersWinAcrossUnits() {
        List<Warning> warnings =
                check(
                        journey("a")
                                .node("a")
                                .node("b")
                                .node("c")
                                .timer("a", "b", "1w")
                                .timer("a", "c", "7d")
                                .build());

        assertThat(warnings).extracting(Warning::transition).containsExactly("a-to-c");
    }

    @Test
    void warnsAboutAnEventTransitionAnEarlierUnfilteredOneCovers() {
        List<Warning> warnings =
                check(
                        journey("a")
                                .node("a")
                                .node("b")
                                .node("c")
                                .on("a", "b", "user.login")
                                .on("a", "c", "user.login", Map.of("plan", "pro"))
                                .build());

        assertThat(warnings)
                .singleElement()
                .satisfies(
                        w -> {
                            assertThat(w.transition()).isEqualTo("a-to-c");
                            assertThat(w.message())
                                    .isEqualTo(
                                            "transition 'a-to-c' (on user.login {\"plan\":"
                                                    + " \"pro\"}) can never fire: transition"
                                                    + " 'a-to-b' (on user.login) takes users out"
                                                    + " of 'a' first");
                        });
    }

    @Test
    void warnsWhenAnEarlierFilterIsASubsetComparingNumbersByValue() {
        List<Warning> warnings =
                check(
                        journey("a")
                                .node("a")
                                .node("b")
                                .node("c")
                                .on("a", "b", "app.paid", Map.of("seats", 1))
                                .on(
                                        "a",
                                        "c",
                                        "app.paid",
                                        Map.of("seats", new BigDecimal("1.0"), "plan", "pro"))
                                .build());

        assertThat(warnings).extracting(Warning::transition).containsExactly("a-to-c");
    }

    @Test
    void keepsAMoreSpecificFilterListedFirst() {
        assertThat(
                        check(
                                journey("a")
                                        .node("a")
                                        .node("b")
                                        .node("c")
                                        .on("a", "b", "user.login", Map.of("plan", "pro"))
                                        .on("a", "c", "user.login")
                                        .build()))
                .isEmpty();
    }

    @Test
    void keepsFiltersThatDifferOrTellStringsFromNumbers() {
        assertThat(
                        check(
                                journey("a")
                                        .node("a")
                                        .node("b")
                                        .node("c")
                                        .node("d")
                                        .on("a", "b", "user.login", Map.of("plan", "pro"))
                                        .on("a", "c", "user.login", Map.of("plan", "free"))
                                        .on("a", "d", "app.paid", Map.of("seats", "1"))
                                        .on("a", "b", "app.paid", Map.of("seats", 1))
                                        .build()))
                .isEmpty();
    }

    @Test
    void keepsTransitionsOfDifferentEventsOrDifferentNodes() {
        assertThat(
                        check(
                                journey("a")
                                        .node("a")
                                        .node("b")
                                        .on("a", "b", "user.login")
                                        .on("a", "b", "user.signout")
                                        .on("b", "a", "user.login")
                                        .timer("a", "b", "1d")
                                        .timer("b", "a", "2d")
                                        .build()))
                .isEmpty();
    }

    @Test
    void namesTheEarliestCoverWhenManyFiltersCoverATransition() {
        var builder = journey("a").node("a").node("b");
        builder.on("a", "b", "app.x", Map.of("k0", 0));
        for (int i = 1; i < 40; i++) {
            builder.on("a", "b", "app.x", Map.of("other" + i, i));
        }
        builder.on("a", "b", "app.x", Map.of("k0", 0, "k1", 1, "other5", 5));

        List<Warning> warnings = check(builder.build());

        assertThat(warnings)
                .singleElement()
                .satisfies(
                        w -> {
                            assertThat(w.transition()).isEqualTo("a-to-b-41");
                            assertThat(w.message()).contains("transition 'a-to-b' (on app.x");
                        });
    }

    @Test
    void findsCoversAmongFewFiltersForAManyKeyFilter() {
        Map<String, Object> wide = new java.util.HashMap<>();
        for (int i = 0; i < 40; i++) {
            wide.put("k" + i, i);
        }
        List<Warning> warnings =
                check(
                        journey("a")
                                .node("a")
                                .node("b")
                                .on("a", "b", "app.x", Map.of("k7", 7))
                                .on("a", "b", "app.x", wide)
                                .build());

        assertThat(warnings).extracting(Warning::transition).containsExactly("a-to-b-2");
    }

    @Test
    void skipsTerminalNodes() {
        assertThat(
                        check(
                                journey("a")
                                        .terminal("a")
                                        .node("b")
                                        .timer("a", "b", "1d")
                                        .timer("a", "b", "2d")
                                        .build()))
                .isEmpty();
    }
}
