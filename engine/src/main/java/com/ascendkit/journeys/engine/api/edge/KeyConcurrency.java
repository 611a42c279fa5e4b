package com.ascendkit.journeys.engine.api.edge;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many requests each API key has in progress, against a maximum. Keys are named by their
 * environment and kind (one secret and one publishable key per environment), never by the key's
 * text. Thread-safe.
 */
final class KeyConcurrency {
    private final int max;
    private final Map<String, Integer> inProgress = new ConcurrentHashMap<>();

    KeyConcurrency(int max) {
        this.max = max;
    }

    /** Counts a request of {@code key} in; false (and nothing counted) when it has the maximum. */
    boolean tryEnter(String key) {
        boolean[] entered = {false};
        inProgress.compute(
                key,
                (k, n) -> {
                    int current = n == null ? 0 : n;
                    if (current >= max) {
                        return n;
                    }
                    entered[0] = true;
                    return current + 1;
                });
        return entered[0];
    }

    /** Counts a request of {@code key} out, after {@link #tryEnter} answered true. */
    void exit(String key) {
        inProgress.computeIfPresent(key, (k, n) -> n <= 1 ? null : n - 1);
    }

    int max() {
        return max;
    }
}
