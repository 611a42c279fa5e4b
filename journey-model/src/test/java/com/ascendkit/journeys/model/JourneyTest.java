package com.ascendkit.journeys.model;

import static com.ascendkit.journeys.model.testing.DefinitionBuilder.journey;
import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.model.testing.TestJson;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JourneyTest {
    private static final JourneyDefinition DEFINITION =
            journey("welcome_email")
                    .name("Onboarding")
                    .node("welcome_email", new Action.SendEmail("welcome-email"))
                    .terminal("done")
                    .on("welcome_email", "done", "user.login")
                    .build();

    private static Journey journeyWith(JourneyStats stats) {
        JourneyDefinition d = DEFINITION;
        return new Journey(
                "jrn_abcdefghijkl",
                d.name(),
                JourneyStatus.ACTIVE,
                3,
                d.entryEvent(),
                d.entryConditions(),
                d.entryNode(),
                d.reEntryPolicy(),
                d.nodes(),
                d.transitions(),
                stats,
                Instant.parse("2025-01-02T03:04:05Z"),
                Instant.parse("2025-01-03T00:00:00Z"));
    }

    @Test
    void givesBackItsDefinition() {
        assertThat(journeyWith(null).definition()).isEqualTo(DEFINITION);
    }

    @Test
    void defaultsToZeroStats() {
        assertThat(journeyWith(null).stats()).isEqualTo(JourneyStats.ZERO);
    }

    @Test
    void writesStatusLowerCaseInstantsAsIsoAndStats() {
        String json = TestJson.write(journeyWith(new JourneyStats(5, 2, 1, 1, 1)));

        assertThat(json)
                .startsWith(
                        "{\"id\":\"jrn_abcdefghijkl\",\"name\":\"Onboarding\",\"status\":\"active\","
                                + "\"version\":3,\"entryEvent\":\"user.created\"")
                .contains(
                        "\"stats\":{\"enrolled\":5,\"active\":2,\"completed\":1,\"failed\":1,"
                                + "\"exited\":1}",
                        "\"createdAt\":\"2025-01-02T03:04:05Z\"",
                        "\"updatedAt\":\"2025-01-03T00:00:00Z\"")
                .doesNotContain("definition");
    }

    @Test
    void roundTrips() {
        Journey journey = journeyWith(new JourneyStats(5, 2, 1, 1, 1));

        assertThat(TestJson.read(TestJson.write(journey), Journey.class)).isEqualTo(journey);
    }
}
