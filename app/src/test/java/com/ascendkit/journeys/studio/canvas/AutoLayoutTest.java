package com.ascendkit.journeys.studio.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.Node;
import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.model.Trigger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AutoLayoutTest {

    @Test
    void laysAChainOutLeftToRightFromTheOrigin() {
        Map<String, Position> p =
                AutoLayout.positions(journey("a", List.of("c", "b", "a"), List.of("a>b", "b>c")));

        assertThat(p.get("a").x()).isEqualTo(AutoLayout.ORIGIN);
        assertThat(p.get("b").x()).isGreaterThanOrEqualTo(p.get("a").x() + CardGeometry.WIDTH);
        assertThat(p.get("c").x()).isGreaterThanOrEqualTo(p.get("b").x() + CardGeometry.WIDTH);
        assertThat(p.values()).extracting(Position::y).containsOnly(AutoLayout.ORIGIN);
    }

    @Test
    void putsTheEntryNodeFirstEvenWhenAnotherNodeLeadsIntoIt() {
        // "z" has no incoming transition, so without the constraint it would be layer one.
        Map<String, Position> p =
                AutoLayout.positions(
                        journey(
                                "entry",
                                List.of("z", "entry", "end"),
                                List.of("z>entry", "entry>end")));

        assertThat(p.get("entry").x()).isEqualTo(AutoLayout.ORIGIN);
        assertThat(p.get("z").x()).isGreaterThan(p.get("entry").x());
        assertThat(p.get("end").x()).isGreaterThan(p.get("entry").x());
    }

    @Test
    void keepsBranchesApartWithoutOverlappingCards() {
        Map<String, Position> p =
                AutoLayout.positions(
                        journey(
                                "a",
                                List.of("a", "b", "c", "d"),
                                List.of("a>b", "a>c", "a>d", "b>b")));

        List<Position> branch = List.of(p.get("b"), p.get("c"), p.get("d"));
        assertThat(branch).extracting(Position::x).containsOnly(p.get("b").x());
        assertThat(branch).extracting(Position::y).doesNotHaveDuplicates();
        for (Position one : branch) {
            for (Position other : branch) {
                if (one != other) {
                    assertThat(Math.abs(one.y() - other.y()))
                            .isGreaterThanOrEqualTo(CardGeometry.HEIGHT);
                }
            }
        }
    }

    private static Journey journey(String entry, List<String> names, List<String> edges) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        names.forEach(n -> nodes.put(n, new Node(Action.none(), false, null)));
        List<Transition> transitions =
                edges.stream()
                        .map(e -> e.split(">"))
                        .map(e -> new Transition(e[0] + "-to-" + e[1], e[0], e[1], Trigger.on("x")))
                        .toList();
        return new Journey(
                "j",
                "J",
                null,
                1,
                "user.created",
                null,
                entry,
                null,
                nodes,
                transitions,
                null,
                null,
                null);
    }
}
