package com.ascendkit.journeys.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.api.NodeSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodeListTextTest {

    @Test
    void showsActionSummaryTerminalAndTransitionCounts() {
        String text =
                NodeListText.render(
                        List.of(
                                new NodeSummary(
                                        "welcome_email",
                                        new Action.SendEmail("welcome-email"),
                                        false,
                                        null,
                                        0,
                                        2,
                                        4),
                                new NodeSummary(
                                        "vip", new Action.TagUser("vip"), false, null, 1, 1, 0),
                                new NodeSummary("done", Action.none(), true, null, 2, 0, 9)));

        assertThat(text)
                .isEqualTo(
                        """
                        NODE           ACTION      SUMMARY        TERMINAL  IN  OUT  USERS
                        welcome_email  send_email  welcome-email            0   2    4
                        vip            tag_user    vip                      1   1    0
                        done           none                       terminal  2   0    9
                        """);
    }

    @Test
    void noNodesSaysSo() {
        assertThat(NodeListText.render(List.of())).isEqualTo("No nodes.\n");
    }
}
