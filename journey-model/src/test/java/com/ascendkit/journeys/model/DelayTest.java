package com.ascendkit.journeys.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascendkit.journeys.model.testing.TestJson;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DelayTest {

    @ParameterizedTest
    @CsvSource({
        "30m, 30m, 30",
        "12h, 12h, 720",
        "2d, 2d, 2880",
        "1w, 1w, 10080",
        "90, 90m, 90",
        "7d, 7d, 10080",
        "365d, 365d, 525600",
        "52w, 52w, 524160",
        "8760h, 8760h, 525600",
        "525600, 525600m, 525600"
    })
    void parsesAndKeepsTheUnitGiven(String text, String stored, long minutes) {
        Delay delay = Delay.parse("delay", text);

        assertThat(delay.toString()).isEqualTo(stored);
        assertThat(delay.minutes()).isEqualTo(minutes);
        assertThat(delay.toDuration()).isEqualTo(Duration.ofMinutes(minutes));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2x", "-1d", "1.5h", "1d12h", "", " 2d", "2 d", "d", "02d", "2D"})
    void rejectsMalformedDelaysQuotingThem(String text) {
        assertThatThrownBy(() -> Delay.parse("delay", text))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("invalid delay '" + text + "' in 'delay'")
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("delay");
    }

    @ParameterizedTest
    @ValueSource(strings = {"366d", "99999w", "53w", "525601", "8761h", "99999999999999999999m"})
    void rejectsDelaysLongerThanAYear(String text) {
        assertThatThrownBy(() -> Delay.parse("trigger.delay", text))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("delay '" + text + "' in 'trigger.delay' is longer than 365 days");
    }

    @Test
    void saysAZeroDelayIsNoWaitRatherThanNotAWholeNumber() {
        assertThatThrownBy(() -> Delay.parse("delay", "0d"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(
                        "delay '0d' in 'delay' is no wait: use at least 1 (30m, 12h, 2d, 1w), or a"
                                + " transition on an event");
    }

    @Test
    void requiresAValue() {
        assertThatThrownBy(() -> Delay.parse("delay", null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'delay' is required");
    }

    @Test
    void comparesEqualDurationsInDifferentUnitsByMinutes() {
        assertThat(Delay.parse("d", "1w").minutes()).isEqualTo(Delay.parse("d", "7d").minutes());
        assertThat(Delay.parse("d", "1w")).isNotEqualTo(Delay.parse("d", "7d"));
    }

    @Test
    void isWrittenAsTheContractsString() {
        assertThat(TestJson.write(Delay.parse("delay", "1w"))).isEqualTo("\"1w\"");
        assertThat(TestJson.write(Delay.parse("delay", "90"))).isEqualTo("\"90m\"");
    }

    @Test
    void isReadFromAStringOrABareNumberOfMinutes() {
        assertThat(TestJson.read("\"2d\"", Delay.class)).isEqualTo(new Delay(2, 'd'));
        assertThat(TestJson.read("90", Delay.class)).isEqualTo(new Delay(90, 'm'));
    }

    @Test
    void failsToReadAnInvalidDelayNamingIt() {
        assertThatThrownBy(() -> TestJson.mapper().readValue("\"2x\"", Delay.class))
                .isInstanceOf(ValueInstantiationException.class)
                .cause()
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("invalid delay '2x'");
    }

    @Test
    void failsToReadANegativeNumberNamingIt() {
        assertThatThrownBy(() -> TestJson.mapper().readValue("-1", Delay.class))
                .hasRootCauseInstanceOf(InvalidInputException.class)
                .hasRootCauseMessage(
                        "invalid delay '-1' in 'delay': use a whole number followed by m, h, d"
                                + " or w (30m, 12h, 2d, 1w); a bare number is minutes");
    }
}
