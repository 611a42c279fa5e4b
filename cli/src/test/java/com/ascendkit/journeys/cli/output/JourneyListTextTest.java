package com.ascendkit.journeys.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.model.JourneyStats;
import com.ascendkit.journeys.model.JourneyStatus;
import com.ascendkit.journeys.model.api.JourneySummary;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class JourneyListTextTest {

    @Test
    void showsOneRowPerJourneyWithCounts() {
        String text =
                JourneyListText.render(
                        List.of(
                                new JourneySummary(
                                        "jrn_abc123abc123",
                                        "Onboarding Flow",
                                        JourneyStatus.ACTIVE,
                                        3,
                                        "user.created",
                                        3,
                                        2,
                                        new JourneyStats(10, 4, 5, 1, 0),
                                        Instant.EPOCH)));

        assertThat(text)
                .isEqualTo(
                        """
                        ID                NAME             STATUS  ENTRY EVENT   NODES  TRANSITIONS  ENROLLED  ACTIVE  COMPLETED
                        jrn_abc123abc123  Onboarding Flow  active  user.created  3      2            10        4       5
                        """);
    }

    @Test
    void noJourneysSaysSo() {
        assertThat(JourneyListText.render(List.of())).isEqualTo("No journeys.\n");
    }
}
