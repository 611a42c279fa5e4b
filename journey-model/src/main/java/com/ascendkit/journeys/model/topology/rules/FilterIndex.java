package com.ascendkit.journeys.model.topology.rules;

import com.ascendkit.journeys.model.Scalars;
import com.ascendkit.journeys.model.Transition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The event filters seen so far for one event out of one node, answering "does an earlier filter
 * cover this one?" (its pairs are a subset of this one's, by strict JSON equality). Each query
 * costs {@code min(2^k, d)} set look-ups or subset tests, {@code k} the size of the asked filter
 * and {@code d} the distinct filters seen: constant for the few-key filters journeys use. (Subset
 * queries over arbitrary large sets have no known linear algorithm; this bound is the honest one.)
 * Not thread-safe: one per rule run.
 */
final class FilterIndex {
    /** A filter pair with its value in canonical form, so {@code 1} and {@code 1.0} are equal. */
    private record Pair(String key, Object value) {}

    /** A transition and when it was added, to name the earliest of several covers. */
    private record Added(Transition transition, int index) {}

    private final Map<Set<Pair>, Added> firstByFilter = new HashMap<>();
    private int added;

    void add(Map<String, Object> filter, Transition t) {
        firstByFilter.putIfAbsent(pairs(filter), new Added(t, added++));
    }

    /** The earliest added transition whose filter is a subset of {@code filter}, or null. */
    Transition coverOf(Map<String, Object> filter) {
        if (firstByFilter.isEmpty()) {
            return null;
        }
        Set<Pair> asked = pairs(filter);
        Added best =
                asked.size() < 31 && (1L << asked.size()) <= firstByFilter.size()
                        ? bySubsets(new ArrayList<>(asked))
                        : byScan(asked);
        return best == null ? null : best.transition();
    }

    private Added bySubsets(List<Pair> asked) {
        Added best = null;
        for (long mask = 0; mask < (1L << asked.size()); mask++) {
            Set<Pair> subset = new HashSet<>();
            for (int i = 0; i < asked.size(); i++) {
                if ((mask & (1L << i)) != 0) {
                    subset.add(asked.get(i));
                }
            }
            best = earlier(best, firstByFilter.get(subset));
        }
        return best;
    }

    private Added byScan(Set<Pair> asked) {
        Added best = null;
        for (Map.Entry<Set<Pair>, Added> e : firstByFilter.entrySet()) {
            if (asked.containsAll(e.getKey())) {
                best = earlier(best, e.getValue());
            }
        }
        return best;
    }

    private static Added earlier(Added a, Added b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return a.index() <= b.index() ? a : b;
    }

    private static Set<Pair> pairs(Map<String, Object> filter) {
        Set<Pair> out = new HashSet<>();
        for (Map.Entry<String, Object> e : filter.entrySet()) {
            out.add(new Pair(e.getKey(), Scalars.canonical(e.getValue())));
        }
        return out;
    }
}
