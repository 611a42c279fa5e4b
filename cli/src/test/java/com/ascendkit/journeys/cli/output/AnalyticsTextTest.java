package com.ascendkit.journeys.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.model.JourneyStats;
import com.ascendkit.journeys.model.api.JourneyAnalytics;
import com.ascendkit.journeys.model.api.JourneyAnalytics.NodeStats;
import com.ascendkit.journeys.model.api.JourneyAnalytics.TransitionStats;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnalyticsTextTest {

    @Test
    void rendersTotalsNodesAndTransitionsAsTables() {
        Map<String, NodeStats> nodes = new LinkedHashMap<>();
        nodes.put("welcome_email", new NodeStats(2, 10, 93_600, 86_400));
        nodes.put("nudge_1", new NodeStats(0, 0, 0, 0));
        Map<String, TransitionStats> transitions = new LinkedHashMap<>();
        transitions.put("welcome_email-to-nudge_1", new TransitionStats(4, 0.4));
        transitions.put("welcome_email-to-done", new TransitionStats(4, 2.0 / 3));

        String text =
                AnalyticsText.render(
                        new JourneyAnalytics(new JourneyStats(10, 3, 5, 1, 1), nodes, transitions));

        assertThat(text)
                .isEqualTo(
                        """
                        Totals: enrolled 10, active 3, completed 5, failed 1, exited 1

                        NODE           CURRENT  ENTERED  AVG TIME IN NODE  MEDIAN TIME
                        welcome_email  2        10       1d 2h             1d
                        nudge_1        0        0        -                 -

                        TRANSITION                FIRED  CONVERSION
                        welcome_email-to-nudge_1  4      40.0%
                        welcome_email-to-done     4      66.7%
                        """);
    }
}
