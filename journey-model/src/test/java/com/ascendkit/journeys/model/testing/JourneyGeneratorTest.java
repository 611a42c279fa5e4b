package com.ascendkit.journeys.model.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.ascendkit.journeys.model.JourneyDefinition;
import com.ascendkit.journeys.model.Transition;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class JourneyGeneratorTest {

    @Test
    void makesTheNodesAndTransitionsAskedFor() {
        JourneyDefinition d = JourneyGenerator.generate(200, 500, 7);

        assertThat(d.nodes()).hasSize(200);
        assertThat(d.transitions()).hasSize(500);
        assertThat(d.entryNode()).isEqualTo("n0");
        assertThat(d.nodes().get("n199").terminal()).isTrue();
    }

    @Test
    void startsWithAChainThroughEveryNode() {
        JourneyDefinition d = JourneyGenerator.generate(100, 150, 7);

        for (int i = 0; i < 99; i++) {
            Transition t = d.transitions().get(i);
            assertThat(t.from()).isEqualTo("n" + i);
            assertThat(t.to()).isEqualTo("n" + (i + 1));
        }
    }

    @Test
    void givesUniqueTransitionNamesAndKnownEnds() {
        JourneyDefinition d = JourneyGenerator.generate(50, 2_000, 3);

        assertThat(d.transitions().stream().map(Transition::name).collect(Collectors.toSet()))
                .hasSize(2_000);
        assertThat(d.transitions())
                .allMatch(t -> d.nodes().containsKey(t.from()) && d.nodes().containsKey(t.to()));
    }

    @Test
    void isTheSameForTheSameSeed() {
        assertThat(JourneyGenerator.generate(300, 600, 11))
                .isEqualTo(JourneyGenerator.generate(300, 600, 11))
                .isNotEqualTo(JourneyGenerator.generate(300, 600, 12));
    }

    @Test
    void buildsChainsAndRings() {
        assertThat(JourneyGenerator.chain(10).transitions()).hasSize(9);
        assertThat(JourneyGenerator.timerRing(10).transitions()).hasSize(10);
        assertThat(JourneyGenerator.timerRing(10).nodes().values()).noneMatch(n -> n.terminal());
    }

    @Test
    void refusesAJourneyWithoutNodes() {
        assertThatIllegalArgumentException().isThrownBy(() -> JourneyGenerator.generate(0, 0, 1));
    }
}
