package com.ascendkit.journeys.studio.people;

import com.ascendkit.journeys.client.people.Step;
import com.ascendkit.journeys.client.people.UserPath;
import com.ascendkit.journeys.studio.editing.Trail;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The canvas's trail of a user's path up to one of its steps: each step visited with the order of
 * its visits and the last arrival's time, the arrows taken, where the user is then, and, at the
 * path's end while the user waits, the earliest timer's due time.
 */
final class Trails {
    private Trails() {}

    static Trail upTo(UserPath path, int index, StepTimes times) {
        List<Step> steps = path.steps();
        if (index < 0 || steps.isEmpty()) {
            return Trail.NONE;
        }
        Map<String, List<Integer>> visits = new LinkedHashMap<>();
        Map<String, Instant> lastArrival = new HashMap<>();
        Set<String> transitions = new HashSet<>();
        String current = null;
        int arrivals = 0;
        for (Step s : steps.subList(0, Math.min(index + 1, steps.size()))) {
            String arrived =
                    switch (s.kind()) {
                        case "entered" -> s.node();
                        case "moved", "relocated" -> s.to();
                        default -> current == null ? s.node() : null;
                    };
            if ("moved".equals(s.kind()) && s.transition() != null) {
                transitions.add(s.transition());
            }
            if (arrived != null) {
                visits.computeIfAbsent(arrived, k -> new ArrayList<>()).add(++arrivals);
                lastArrival.put(arrived, s.at());
                current = arrived;
            }
        }
        Map<String, String> visited = new LinkedHashMap<>();
        visits.forEach(
                (node, order) ->
                        visited.put(
                                node,
                                order.stream()
                                                .map(String::valueOf)
                                                .collect(Collectors.joining(", "))
                                        + " · "
                                        + times.at(lastArrival.get(node))));
        return new Trail(visited, transitions, current, note(path, index, times));
    }

    /**
     * At the path's end, while a timer is pending: "due 14:05:00 → reminder" (the card adds a
     * clock).
     */
    private static String note(UserPath path, int index, StepTimes times) {
        if (index != path.steps().size() - 1 || !"active".equals(path.status())) {
            return null;
        }
        return path.waiting().stream()
                .filter(w -> w.dueAt() != null)
                .min(Comparator.comparing(UserPath.Waiting::dueAt))
                .map(w -> "due " + times.at(w.dueAt()) + (w.to() == null ? "" : " → " + w.to()))
                .orElse(null);
    }
}
