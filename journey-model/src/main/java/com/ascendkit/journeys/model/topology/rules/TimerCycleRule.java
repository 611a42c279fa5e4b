package com.ascendkit.journeys.model.topology.rules;

import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.model.topology.JourneyGraph;
import com.ascendkit.journeys.model.topology.References;
import com.ascendkit.journeys.model.topology.TopologyRule;
import com.ascendkit.journeys.model.topology.Warning;
import com.ascendkit.journeys.model.topology.WarningCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code timer_cycle}: timer transitions that lead users round in a loop, repeating the nodes'
 * actions forever. Only timers that can fire count: the earliest timer of each non-terminal node
 * (see {@link JourneyGraph#earliestTimer}). So each node has at most one timer successor, every
 * loop is one simple cycle, and it is found by following successors with no recursion. One warning
 * per cycle, on its node that comes first in the journey's node order.
 */
public final class TimerCycleRule implements TopologyRule {
    private static final int SHOWN_STEPS = 5;

    @Override
    public List<Warning> check(JourneyGraph graph, References references) {
        Map<String, String> next = new HashMap<>();
        Map<String, Integer> order = new HashMap<>();
        for (String node : graph.nodes().keySet()) {
            order.put(node, order.size());
            if (!graph.isTerminal(node)) {
                graph.earliestTimer(node).map(Transition::to).ifPresent(to -> next.put(node, to));
            }
        }
        Map<String, Integer> walkOf = new HashMap<>();
        List<Warning> out = new ArrayList<>();
        int walk = 0;
        for (String start : graph.nodes().keySet()) {
            if (walkOf.containsKey(start)) {
                continue;
            }
            walk++;
            List<String> path = new ArrayList<>();
            Map<String, Integer> position = new HashMap<>();
            String current = start;
            while (current != null && !walkOf.containsKey(current)) {
                walkOf.put(current, walk);
                position.put(current, path.size());
                path.add(current);
                current = next.get(current);
            }
            if (current != null && walkOf.get(current) == walk) {
                List<String> cycle = path.subList(position.get(current), path.size());
                out.add(warning(rotateToFirst(cycle, order)));
            }
        }
        return out;
    }

    private static List<String> rotateToFirst(List<String> cycle, Map<String, Integer> order) {
        int first = 0;
        for (int i = 1; i < cycle.size(); i++) {
            if (order.get(cycle.get(i)) < order.get(cycle.get(first))) {
                first = i;
            }
        }
        List<String> rotated = new ArrayList<>(cycle.subList(first, cycle.size()));
        rotated.addAll(cycle.subList(0, first));
        return rotated;
    }

    private static Warning warning(List<String> cycle) {
        String head = cycle.get(0);
        StringBuilder loop = new StringBuilder();
        int shown = cycle.size() <= SHOWN_STEPS + 1 ? cycle.size() : SHOWN_STEPS;
        for (int i = 0; i < shown; i++) {
            loop.append(Phrases.quote(cycle.get(i))).append(" → ");
        }
        if (shown < cycle.size()) {
            loop.append("… (").append(cycle.size()).append(" nodes) → ");
        }
        loop.append(Phrases.quote(head));
        String message =
                cycle.size() == 1
                        ? "node "
                                + Phrases.quote(head)
                                + " has a timer transition to itself: users would repeat its"
                                + " action forever"
                        : "timer transitions loop "
                                + loop
                                + ": users would go round and repeat these actions forever";
        return Warning.onNode(WarningCode.TIMER_CYCLE, head, message);
    }
}
