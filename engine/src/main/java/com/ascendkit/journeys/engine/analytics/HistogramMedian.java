package com.ascendkit.journeys.engine.analytics;

import java.util.SortedMap;

/**
 * The median of a log-scale histogram of durations (V1's {@code node_time_histogram}): bucket
 * {@code b} holds durations in {@code [2^(b/4), 2^((b+1)/4))} seconds, bucket 0 also those under
 * one second. The answer is the geometric midpoint {@code 2^((b+0.5)/4)} of the bucket holding the
 * median visit. A bucket is {@code 2^(1/4) ≈ 1.189} times as wide at its top as at its bottom, so
 * the midpoint is within a factor {@code 2^(1/8) ≈ 1.09} of any value in it: the estimate is off by
 * at most about 9 % (more only for visits under a second, which all read as about 1.09 s).
 */
public final class HistogramMedian {
    private HistogramMedian() {}

    /** The estimated median in seconds of {@code visitsByBucket}; 0 when it is empty. */
    public static double median(SortedMap<Integer, Long> visitsByBucket) {
        long total = 0;
        for (long visits : visitsByBucket.values()) {
            total += visits;
        }
        if (total <= 0) {
            return 0;
        }
        long middle = (total + 1) / 2; // the lower median's rank, 1-based
        long seen = 0;
        for (var e : visitsByBucket.entrySet()) {
            seen += e.getValue();
            if (seen >= middle) {
                return midpoint(e.getKey());
            }
        }
        return midpoint(visitsByBucket.lastKey());
    }

    /** The geometric midpoint of bucket {@code b}, in seconds. */
    public static double midpoint(int bucket) {
        return Math.pow(2, (bucket + 0.5) / 4.0);
    }
}
