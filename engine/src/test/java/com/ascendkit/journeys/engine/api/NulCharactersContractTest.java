package com.ascendkit.journeys.engine.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * A NUL character ({@code \u0000}, valid in a JSON string) anywhere in a request body is a 400
 * naming the field, on every database: PostgreSQL cannot store it in text, and it failed there with
 * a 500 (found by the fuzz test).
 */
public abstract class NulCharactersContractTest extends EngineTestBase {

    @Test
    void refusesANulCharacterInATemplateWhenPutting() {
        ApiClient.Response r =
                api.put(
                        "/v1/email/templates/nul-template",
                        "{\"subject\": \"Hi\", \"text\": \"a\\u0000b\"}");

        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.errorField()).isEqualTo("text");
        assertThat(api.get("/v1/email/templates/nul-template").status()).isEqualTo(404);
    }

    @Test
    void refusesANulCharacterInAUserIdWhenPreviewing() {
        ApiClient.Response r =
                api.post(
                        "/v1/email/templates/preview",
                        "{\"template\": {\"subject\": \"Hi\", \"text\": \"Hello\"},"
                                + " \"userId\": \"u\\u0000\"}");

        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.errorField()).isEqualTo("userId");
    }

    @Test
    void refusesANulCharacterInAJourneyNameAndChangesNothing() {
        String id = createWiredJourney();
        JsonNode before = stored(id);

        ApiClient.Response r = api.patch(journey(id), "{\"name\": \"Onboarding\\u0000\"}");

        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.errorField()).isEqualTo("name");
        assertThat(r.errorMessage()).contains("NUL");
        assertThat(stored(id)).isEqualTo(before);
    }

    @Test
    void namesTheFullPathOfANulCharacterInsideABatch() {
        ApiClient.Response r =
                api.post(
                        "/v1/events/batch",
                        "{\"events\": [{\"kind\": \"track\", \"userId\": \"u1\", \"event\":"
                                + " \"signed_up\"}, {\"kind\": \"track\", \"userId\":"
                                + " \"u\\u0000\", \"event\": \"signed_up\"}]}");

        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.errorField()).isEqualTo("events[1].userId");
        assertThat(api.get("/v1/users/u1").status()).isEqualTo(404);
    }

    @Test
    void refusesANulCharacterInAQueryValue() {
        ApiClient.Response r = api.get("/v1/email/outbox?userId=u%00");

        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.errorField()).isEqualTo("userId");
    }
}
