package com.ascendkit.journeys.model.topology;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.model.testing.TestJson;
import org.junit.jupiter.api.Test;

class WarningTest {

    @Test
    void writesSnakeCaseCodeAndLeavesOutAbsentNodeAndTransition() {
        Warning w = Warning.onNode(WarningCode.DEAD_END, "stuck", "node 'stuck' is a dead end");

        assertThat(TestJson.write(w))
                .isEqualTo(
                        "{\"code\":\"dead_end\",\"message\":\"node 'stuck' is a dead end\","
                                + "\"node\":\"stuck\",\"suppressed\":false}");
    }

    @Test
    void roundTripsASuppressedTransitionWarning() {
        Warning w =
                Warning.onTransition(WarningCode.SHADOWED_TRANSITION, "a-to-b", "never fires")
                        .withSuppressed(true);

        String json = TestJson.write(w);

        assertThat(json).contains("\"code\":\"shadowed_transition\"", "\"suppressed\":true");
        assertThat(TestJson.read(json, Warning.class)).isEqualTo(w);
    }

    @Test
    void writesEveryCodeInSnakeCase() {
        for (WarningCode code : WarningCode.values()) {
            assertThat(TestJson.write(code)).matches("\"[a-z_]+\"");
            assertThat(TestJson.read(TestJson.write(code), WarningCode.class)).isEqualTo(code);
        }
        assertThat(TestJson.write(WarningCode.NO_TERMINAL_REACHABLE))
                .isEqualTo("\"no_terminal_reachable\"");
    }

    @Test
    void marksOnlyTopologyCodesAsTopology() {
        assertThat(WarningCode.UNKNOWN_EVENT.kind()).isEqualTo(WarningCode.Kind.REFERENCE);
        assertThat(WarningCode.UNVERIFIED_SENDER.kind()).isEqualTo(WarningCode.Kind.REFERENCE);
        assertThat(WarningCode.TIMER_CYCLE.kind()).isEqualTo(WarningCode.Kind.TOPOLOGY);
    }
}
