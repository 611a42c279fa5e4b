package com.ascendkit.journeys.engine.api.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.engine.api.ApiClient;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /v1/journeys/{id}/failures} through a real server: users the run-time really failed
 * (enrolled by an event while they have no email address), grouped by node and by reason.
 */
abstract class FailuresContractTest extends RuntimeEngineTestBase {

    @BeforeEach
    void environment() {
        newEnvironment();
    }

    private ApiClient.Response failures(String journeyId) {
        return api.get("/v1/journeys/" + journeyId + "/failures");
    }

    @Test
    void groupsUsersWithoutAnEmailAddressAtTheStepThatFailedThem() {
        String id = onboardingJourney();
        signUp("ada");
        for (String user : new String[] {"u1", "u2", "u3"}) {
            ok(system(user, "user.created")); // an unknown user: created bare, without an address
        }

        JsonNode nodes = ok(failures(id)).json().get("nodes");

        assertThat(nodes.size()).isEqualTo(1);
        JsonNode welcome = nodes.get("welcome_email");
        assertThat(welcome.get("users").asLong()).isEqualTo(3);
        assertThat(welcome.get("reasons")).hasSize(1);
        assertThat(welcome.get("reasons").get(0).get("reason").asText())
                .isEqualTo("has no email address");
        assertThat(welcome.get("reasons").get(0).get("users").asLong()).isEqualTo(3);
        assertThat(analytics(id).get("totals").get("failed").asLong()).isEqualTo(3);
    }

    @Test
    void keepsTheUsersOwnIdInTheirPath() {
        onboardingJourney();
        ok(system("u1", "user.created"));

        JsonNode visit = user("u1").get("journeys").get(0).get("path").get(0);

        assertThat(visit.get("outcome").asText()).isEqualTo("failed");
        assertThat(visit.get("reason").asText()).isEqualTo("user 'u1' has no email address");
    }

    @Test
    void answersNoNodesWhenNobodyFailed() {
        String id = onboardingJourney();
        signUp("ada");

        JsonNode body = ok(failures(id)).json();

        assertThat(body.get("nodes").isObject()).isTrue();
        assertThat(body.get("nodes").size()).isZero();
    }

    @Test
    void answers404ForAnotherEnvironmentsJourney() {
        String id = onboardingJourney();
        ok(system("u1", "user.created"));
        ApiClient owner = api;
        newEnvironment();

        ApiClient.Response r = failures(id);

        assertThat(r.status()).isEqualTo(404);
        assertThat(owner.get("/v1/journeys/" + id + "/failures").status()).isEqualTo(200);
    }

    @Test
    void refusesAPublishableKey() {
        String id = onboardingJourney();

        assertThat(
                        api.withKey(keys.publishableKey())
                                .get("/v1/journeys/" + id + "/failures")
                                .status())
                .isEqualTo(403);
    }

    @Test
    void keepsAReasonAboutTheJourneyWhole() {
        String id =
                ok(api.post(
                                "/v1/journeys",
                                "{\"name\": \"Gone\", \"entryEvent\": \"user.created\","
                                        + " \"entryNode\": \"welcome_email\"}"))
                        .journey()
                        .get("id")
                        .asText();
        ok(
                api.patch(
                        "/v1/journeys/" + id + "/nodes/welcome_email",
                        "{\"action\": {\"type\": \"send_email\", \"templateSlug\":"
                                + " \"gone-email\"}}"));
        ok(api.post("/v1/journeys/" + id + "/activate", ""));
        signUp("ada");
        signUp("bob");

        JsonNode reasons = ok(failures(id)).json().get("nodes").get("welcome_email").get("reasons");

        assertThat(reasons).hasSize(1);
        assertThat(reasons.get(0).get("reason").asText())
                .isEqualTo("template 'gone-email' not found");
        assertThat(reasons.get(0).get("users").asLong()).isEqualTo(2);
    }
}
