package com.ascendkit.journeys.engine.runtime.counters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimeBucketsTest {
    @Test
    void putsExactPowersOfTwoAtTheStartOfTheirBucket() {
        assertThat(TimeBuckets.bucketOf(0)).isZero();
        assertThat(TimeBuckets.bucketOf(1)).isZero();
        assertThat(TimeBuckets.bucketOf(2)).isEqualTo(4);
        assertThat(TimeBuckets.bucketOf(8)).isEqualTo(12);
        assertThat(TimeBuckets.bucketOf(1L << 20)).isEqualTo(80);
        assertThat(TimeBuckets.bucketOf((1L << 20) - 1)).isEqualTo(79);
    }

    @Test
    void everySecondCountFallsInsideItsBucketsBounds() {
        for (long s = 1; s < 100_000; s += 7) {
            int b = TimeBuckets.bucketOf(s);
            assertThat(TimeBuckets.lowerBound(b)).isLessThanOrEqualTo(s);
            assertThat(TimeBuckets.lowerBound(b + 1)).isGreaterThan(s);
        }
    }
}
