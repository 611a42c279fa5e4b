package com.ascendkit.journeys.engine.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.engine.store.DatabaseConfig;
import com.ascendkit.journeys.engine.store.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Each route's body limit (BodyLimits): 413 {@code payload_too_large} beyond it, naming it. */
class BodyLimitsTest extends EngineTestBase {

    @Override
    protected DatabaseConfig database(Path tempDir) {
        return TestDatabases.h2(tempDir);
    }

    @Test
    void refusesATrackedEventOverSixtyFourKibibytes() {
        String body =
                "{\"userId\": \"u1\", \"event\": \"app.clicked\", \"properties\": {\"note\": \""
                        + "x".repeat(BodyLimits.ONE_ITEM_BYTES)
                        + "\"}}";

        ApiClient.Response r = api.withKey(keys.publishableKey()).post("/v1/events/track", body);

        assertThat(r.status()).as(r.toString()).isEqualTo(413);
        assertThat(r.errorCode()).isEqualTo("payload_too_large");
        assertThat(r.errorMessage()).contains("65536 bytes (64 KiB)");
    }

    @Test
    void refusesANodeOverSixtyFourKibibytesAndChangesNothing() {
        String id = createJourney("welcome");
        long version = stored(id).get("version").asLong();
        String body =
                "{\"name\": \"big\", \"action\": {\"type\": \"tag_user\", \"tagName\": \""
                        + "t".repeat(BodyLimits.ONE_ITEM_BYTES)
                        + "\"}}";

        ApiClient.Response r = api.post(nodes(id), body);

        assertThat(r.status()).as(r.toString()).isEqualTo(413);
        assertThat(stored(id).get("version").asLong()).isEqualTo(version);
    }

    @Test
    void refusesAJourneyPatchOverSixteenMebibytes() {
        String id = createJourney("welcome");
        String body = "{\"name\": \"" + "a".repeat(BodyLimits.JOURNEY_BYTES) + "\"}";

        ApiClient.Response r = api.patch(journey(id), body);

        assertThat(r.status()).as(r.toString()).isEqualTo(413);
        assertThat(r.errorMessage()).contains("(16 MiB)");
    }
}
