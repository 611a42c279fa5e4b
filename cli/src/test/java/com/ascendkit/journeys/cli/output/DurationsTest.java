package com.ascendkit.journeys.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void showsSecondsUnderAMinute() {
        assertThat(Durations.humanize(44.6)).isEqualTo("45s");
    }

    @Test
    void showsTheTwoLargestUnits() {
        assertThat(Durations.humanize(312)).isEqualTo("5m 12s");
        assertThat(Durations.humanize(3 * 3600 + 5 * 60 + 7)).isEqualTo("3h 5m");
        assertThat(Durations.humanize(2 * 86400 + 4 * 3600 + 59)).isEqualTo("2d 4h");
    }

    @Test
    void dropsAZeroSmallerUnit() {
        assertThat(Durations.humanize(172800)).isEqualTo("2d");
    }
}
