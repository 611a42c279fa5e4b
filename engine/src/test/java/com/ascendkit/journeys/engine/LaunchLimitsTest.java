package com.ascendkit.journeys.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascendkit.journeys.engine.journeys.JourneyLimits;
import org.junit.jupiter.api.Test;

/** The launcher's journey limits: {@code --max-nodes}, {@code --max-transitions}. */
class LaunchLimitsTest {

    @Test
    void defaultsToTenThousandNodesAndTwentyThousandTransitions() {
        assertThat(LaunchOptions.parse().journeyLimits())
                .isEqualTo(new JourneyLimits(10_000, 20_000));
    }

    @Test
    void readsTheLimitsFromTheCommandLine() {
        LaunchOptions o = LaunchOptions.parse("--max-nodes", "500", "--max-transitions", "900");
        assertThat(o.journeyLimits()).isEqualTo(new JourneyLimits(500, 900));
    }

    @Test
    void refusesANodeLimitBelowOneNamingTheOption() {
        assertThatThrownBy(() -> LaunchOptions.parse("--max-nodes", "0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--max-nodes")
                .hasMessageContaining("'0'");
    }
}
