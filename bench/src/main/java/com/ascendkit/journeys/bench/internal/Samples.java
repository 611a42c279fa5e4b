package com.ascendkit.journeys.bench.internal;

import java.util.Arrays;

/**
 * Latencies of one measured operation, in nanoseconds. Percentiles are nearest-rank over the sorted
 * samples, so p99 of 300 samples is the 297th: with few samples it is close to the maximum. Not
 * thread-safe.
 */
public final class Samples {
    private long[] nanos;
    private int count;

    public Samples(int expected) {
        this.nanos = new long[Math.max(16, expected)];
    }

    public void add(long elapsedNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsedNanos;
    }

    public int count() {
        return count;
    }

    /** The {@code p}-th percentile (0 ≤ p ≤ 100; 0 is the minimum) in milliseconds. */
    public double percentileMillis(double p) {
        if (count == 0) {
            throw new IllegalStateException("no samples");
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
    }

    public double medianMillis() {
        return percentileMillis(50);
    }

    public double p99Millis() {
        return percentileMillis(99);
    }
}
