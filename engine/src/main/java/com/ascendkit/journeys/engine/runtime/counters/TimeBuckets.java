package com.ascendkit.journeys.engine.runtime.counters;

/**
 * The log-scale buckets of {@code node_time_histogram}: bucket b holds visits of [2^(b/4),
 * 2^((b+1)/4)) seconds, bucket 0 also everything under 1 s. Reading a median off it is off by at
 * most one bucket width, i.e. about 19%.
 */
public final class TimeBuckets {
    private TimeBuckets() {}

    public static int bucketOf(long seconds) {
        if (seconds <= 1) {
            return 0;
        }
        int b = (int) Math.floor(4 * Math.log(seconds) / Math.log(2));
        // Guard against floating-point error at exact powers: fix b so that lower(b) <= s <
        // lower(b+1).
        while (lowerBound(b + 1) <= seconds) {
            b++;
        }
        while (b > 0 && lowerBound(b) > seconds) {
            b--;
        }
        return b;
    }

    /** The smallest number of seconds in bucket {@code b}: 2^(b/4). */
    public static double lowerBound(int b) {
        return Math.pow(2, b / 4.0);
    }
}
