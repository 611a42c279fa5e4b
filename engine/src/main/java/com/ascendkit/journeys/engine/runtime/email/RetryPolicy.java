package com.ascendkit.journeys.engine.runtime.email;

import java.time.Duration;

/**
 * How often and how long a failing delivery is tried: attempt n (1-based) that fails is retried
 * after {@code firstDelay * 2^(n-1)}, capped at {@code maxDelay}; after {@code maxAttempts} failed
 * attempts the message is {@code failed}.
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay) {
    public static final RetryPolicy DEFAULT =
            new RetryPolicy(6, Duration.ofMinutes(1), Duration.ofHours(1));

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        }
    }

    public Duration delayAfter(int failedAttempts) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
