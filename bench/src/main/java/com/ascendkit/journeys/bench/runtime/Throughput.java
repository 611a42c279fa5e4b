package com.ascendkit.journeys.bench.runtime;

/**
 * What one measured phase did: {@code enrolls} enroll events then {@code logins} login events in
 * {@code eventNanos}, then {@code timers} timers fired in {@code timerNanos}.
 */
public record Throughput(int enrolls, int logins, long eventNanos, int timers, long timerNanos) {

    public double eventsPerSecond() {
        return (enrolls + logins) / (eventNanos / 1e9);
    }

    public double timersPerSecond() {
        return timers / (timerNanos / 1e9);
    }
}
