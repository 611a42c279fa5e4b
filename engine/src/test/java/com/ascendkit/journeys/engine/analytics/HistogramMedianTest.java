package com.ascendkit.journeys.engine.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class HistogramMedianTest {

    @Test
    void isZeroWithoutVisits() {
        assertThat(HistogramMedian.median(new TreeMap<>())).isZero();
    }

    @Test
    void readsTheBucketOfTheMiddleVisit() {
        TreeMap<Integer, Long> h = new TreeMap<>();
        h.put(4, 2L); // [2, 2.38) s
        h.put(40, 1L);
        assertThat(HistogramMedian.median(h)).isCloseTo(Math.pow(2, 4.5 / 4), within(1e-12));
    }

    @Test
    void staysWithinNinePercentOfAnyDurationInTheBucket() {
        for (double seconds = 1.0; seconds < 1e6; seconds *= 1.07) {
            int bucket = (int) Math.floor(4 * Math.log(seconds) / Math.log(2));
            TreeMap<Integer, Long> h = new TreeMap<>();
            h.put(bucket, 1L);
            double estimate = HistogramMedian.median(h);
            assertThat(estimate / seconds).isBetween(1 / 1.0906, 1.0906);
        }
    }
}
