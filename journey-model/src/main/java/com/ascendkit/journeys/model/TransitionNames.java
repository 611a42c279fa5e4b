package com.ascendkit.journeys.model;

import java.util.Collection;

/**
 * Default transition names: {@code {from}-to-{to}}, then {@code -2}, {@code -3} … while the name is
 * taken. Names are the developer's own and never change once given.
 */
public final class TransitionNames {
    private TransitionNames() {}

    public static String base(String from, String to) {
        return from + "-to-" + to;
    }

    /** The first free default name for a transition from {@code from} to {@code to}. */
    public static String next(String from, String to, Collection<String> taken) {
        String base = base(from, to);
        if (!taken.contains(base)) {
            return base;
        }
        for (int i = 2; ; i++) {
            String candidate = base + "-" + i;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }
}
