package com.ascendkit.journeys.engine.api.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.engine.api.ApiClient;
import com.ascendkit.journeys.engine.store.DatabaseConfig;
import com.ascendkit.journeys.engine.store.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An error quotes at most 100 characters of the value it refuses, with its length (issue 13, item
 * 5): a huge value gives a small answer. Over real HTTP; the message text is the same on every
 * database, so H2 only. The values stay under the routes' body and URI limits.
 */
class H2QuotedValuesTest extends RuntimeEngineTestBase {
    @Override
    protected DatabaseConfig database(Path tempDir) {
        return TestDatabases.h2(tempDir);
    }

    @BeforeEach
    void environment() {
        newEnvironment();
    }

    private static void assertQuotedShort(ApiClient.Response r, String value) {
        assertThat(r.errorMessage())
                .contains("'" + value.substring(0, 100) + "…' (" + value.length() + " characters)");
        assertThat(r.text().length()).as(r.text()).isLessThan(600);
    }

    @Test
    void quotesAHugeUserIdShortWhenTrackRefusesIt() {
        String userId = "u".repeat(50_000);

        ApiClient.Response r =
                api.post(
                        "/v1/events/track",
                        "{\"userId\": \"" + userId + "\", \"event\": \"signed_up\"}");

        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.errorField()).isEqualTo("userId");
        assertQuotedShort(r, userId);
    }

    @Test
    void quotesAHugeJourneyIdShortWhenThePathNamesNoJourney() {
        String id = "j".repeat(4_000);

        ApiClient.Response r = api.get("/v1/journeys/" + id);

        assertThat(r.status()).as(r.toString()).isEqualTo(404);
        assertQuotedShort(r, id);
    }

    @Test
    void quotesAHugeNodeNameShortWhenTheJourneyHasNoSuchNode() {
        String journey =
                ok(api.post(
                                "/v1/journeys",
                                "{\"name\": \"Quotes\", \"entryEvent\": \"user.created\", \"entryNode\": \"welcome\"}"))
                        .journey()
                        .get("id")
                        .asText();
        String name = "n".repeat(4_000);

        ApiClient.Response r =
                api.patch("/v1/journeys/" + journey + "/nodes/" + name, "{\"terminal\": true}");

        assertThat(r.status()).as(r.toString()).isEqualTo(404);
        assertQuotedShort(r, name);
    }
}
