package com.ascendkit.journeys.studio.canvas;

import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.model.Transition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where nodes added elsewhere (the CLI, another window) go. A node that arrives without a place, or
 * with one over another card, gets a free place beside its source (a node that was there before
 * with a transition into it), else beside the last step. The CLI adds a node before the transition
 * into it ({@code node add}, then {@code transition add}), so a node placed beside the last step
 * for want of a source is remembered, and when a transition into it arrives while it is still where
 * it was put, it is placed again beside that transition's source. Not thread-safe: the FX thread's.
 */
final class Arrivals {
    /** What to move (from, to: card corners) and which nodes to point out. */
    record Plan(Map<String, Position> from, Map<String, Position> to, List<String> pointOut) {}

    /** Nodes put beside the last step for want of a source, and where; of {@link #journeyId}. */
    private final Map<String, Position> guessed = new HashMap<>();

    private String journeyId;

    /** {@code before}, {@code after}: the engine's journey; {@code shown}: with unsent edits. */
    Plan plan(Journey before, Journey after, Journey shown) {
        if (!shown.id().equals(journeyId)) {
            guessed.clear();
            journeyId = shown.id();
        }
        List<String> fresh =
                after.nodes().keySet().stream()
                        .filter(n -> !before.nodes().containsKey(n) && shown.nodes().containsKey(n))
                        .sorted(
                                Comparator.comparing(
                                        n -> !ledFrom(shown, n, before.nodes().keySet())))
                        .toList();
        Map<String, Position> cards = CardGeometry.positions(shown);
        Map<String, Position> grid = new LinkedHashMap<>(cards);
        cards.keySet().removeAll(fresh); // each is put back once it has its place
        Map<String, Position> from = new LinkedHashMap<>();
        Map<String, Position> to = new LinkedHashMap<>();
        List<String> pointOut = new ArrayList<>(fresh);
        for (String name : fresh) {
            Position p = grid.get(name);
            if (shown.nodes().get(name).position() == null
                    || !Placement.isFree(cards.values(), p)) {
                String source = sourceOf(shown, name, cards.keySet());
                Position q;
                if (source != null) {
                    q = Placement.beside(cards.values(), cards.get(source));
                } else {
                    String last = lastOf(cards.keySet(), fresh);
                    q =
                            last == null
                                    ? Placement.near(cards.values(), p)
                                    : Placement.beside(cards.values(), cards.get(last));
                    guessed.put(name, q);
                }
                from.put(name, p);
                to.put(name, q);
                p = q;
            }
            cards.put(name, p);
        }
        Set<String> oldTransitions =
                before.transitions().stream().map(Transition::name).collect(Collectors.toSet());
        for (Transition t : after.transitions()) {
            Position put = guessed.get(t.to());
            if (oldTransitions.contains(t.name())
                    || put == null
                    || t.from().equals(t.to())
                    || !put.equals(cards.get(t.to()))
                    || !cards.containsKey(t.from())) {
                continue;
            }
            guessed.remove(t.to());
            cards.remove(t.to());
            Position q = Placement.beside(cards.values(), cards.get(t.from()));
            cards.put(t.to(), q);
            from.putIfAbsent(t.to(), put);
            to.put(t.to(), q);
            if (!pointOut.contains(t.to())) {
                pointOut.add(t.to());
            }
        }
        guessed.keySet().retainAll(shown.nodes().keySet());
        return new Plan(from, to, pointOut);
    }

    private static boolean ledFrom(Journey j, String node, Set<String> sources) {
        return j.transitions().stream()
                .anyMatch(t -> t.to().equals(node) && sources.contains(t.from()));
    }

    /** A placed node with a transition into {@code node}, or null. */
    private static String sourceOf(Journey j, String node, Set<String> placed) {
        for (Transition t : j.transitions()) {
            if (t.to().equals(node) && !t.from().equals(node) && placed.contains(t.from())) {
                return t.from();
            }
        }
        return null;
    }

    /** The last step that was there before, or null. */
    private static String lastOf(Set<String> placed, List<String> fresh) {
        String last = null;
        for (String n : placed) {
            if (!fresh.contains(n)) {
                last = n;
            }
        }
        return last;
    }
}
