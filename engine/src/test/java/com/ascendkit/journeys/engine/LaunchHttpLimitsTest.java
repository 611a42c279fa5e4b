package com.ascendkit.journeys.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascendkit.journeys.engine.api.edge.HttpLimits;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The launcher's flags for the HTTP server's limits (issue 13 item 3). */
class LaunchHttpLimitsTest {

    @Test
    void usesTheDefaultLimitsWhenNoFlagIsGiven() {
        assertThat(LaunchOptions.parse().httpLimits()).isEqualTo(HttpLimits.defaults());
    }

    @Test
    void readsEveryLimitFlag() {
        HttpLimits limits =
                LaunchOptions.parse(
                                "--body-read-timeout",
                                "5",
                                "--max-connections-per-address",
                                "2000",
                                "--max-requests-per-key",
                                "50")
                        .httpLimits();

        assertThat(limits.bodyReadTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(limits.maxConnectionsPerAddress()).isEqualTo(2000);
        assertThat(limits.maxRequestsPerKey()).isEqualTo(50);
    }

    @Test
    void refusesALimitBelowOneNamingTheFlag() {
        assertThatThrownBy(() -> LaunchOptions.parse("--max-requests-per-key", "0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "invalid value '0' for --max-requests-per-key: use a whole number of 1 or"
                                + " more");
    }
}
