package com.ascendkit.journeys.model.topology;

import static com.ascendkit.journeys.model.testing.DefinitionBuilder.journey;
import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.model.testing.JourneyGenerator;
import org.junit.jupiter.api.Test;

class JourneyGraphTest {

    @Test
    void indexesTransitionsInDefinitionOrder() {
        JourneyGraph graph =
                JourneyGraph.of(
                        journey("a")
                                .node("a")
                                .node("b")
                                .timer("a", "b", "1d")
                                .on("a", "b", "user.login")
                                .build());

        assertThat(graph.outgoing("a"))
                .extracting(Transition::name)
                .containsExactly("a-to-b", "a-to-b-2");
        assertThat(graph.incoming("b"))
                .extracting(Transition::name)
                .containsExactly("a-to-b", "a-to-b-2");
        assertThat(graph.outgoing("b")).isEmpty();
    }

    @Test
    void leavesTransitionsToOrFromUnknownNodesOutOfTheIndex() {
        JourneyGraph graph =
                JourneyGraph.of(
                        journey("a")
                                .node("a")
                                .timer("a", "nowhere", "1d")
                                .timer("ghost", "a", "1d")
                                .build());

        assertThat(graph.outgoing("a")).isEmpty();
        assertThat(graph.incoming("a")).isEmpty();
        assertThat(graph.transitions()).hasSize(2);
    }

    @Test
    void reachesNodesWithoutPassingThroughTerminalNodes() {
        JourneyGraph graph =
                JourneyGraph.of(
                        journey("a")
                                .node("a")
                                .node("b")
                                .terminal("done")
                                .node("beyond")
                                .node("island")
                                .timer("a", "b", "1d")
                                .on("b", "done", "user.login")
                                .timer("done", "beyond", "1d")
                                .build());

        assertThat(graph.reachableFrom("a")).containsExactly("a", "b", "done");
        assertThat(graph.reachableFrom("missing")).isEmpty();
    }

    @Test
    void reachesTheEndOfAFiftyThousandNodeChainWithoutRecursion() {
        JourneyGraph graph = JourneyGraph.of(JourneyGenerator.chain(50_000));

        assertThat(graph.reachableFrom("n0")).hasSize(50_000).contains("n49999");
    }

    @Test
    void picksTheShortestTimerAndTheFirstListedAmongEqualOnes() {
        JourneyGraph graph =
                JourneyGraph.of(
                        journey("a")
                                .node("a")
                                .node("b")
                                .on("a", "b", "user.login")
                                .timer("a", "b", "2d")
                                .timer("a", "b", "48h")
                                .timer("a", "b", "3d")
                                .build());

        assertThat(graph.earliestTimer("a")).map(Transition::name).hasValue("a-to-b-2");
        assertThat(graph.earliestTimer("b")).isEmpty();
    }

    @Test
    void tellsWhetherTheEntryNodeExists() {
        assertThat(JourneyGraph.of(journey("a").node("a").build()).hasEntryNode()).isTrue();
        assertThat(JourneyGraph.of(journey("x").node("a").build()).hasEntryNode()).isFalse();
        assertThat(JourneyGraph.of(journey(null).node("a").build()).hasEntryNode()).isFalse();
    }
}
