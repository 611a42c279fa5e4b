package com.ascendkit.journeys.engine.api.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.engine.api.ApiClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who is where, through a real server: {@code GET /v1/journeys/{id}/users}, {@code
 * …/users/{userId}/path}, {@code GET /v1/users} and the profile's properties and time zone.
 */
abstract class PeopleContractTest extends RuntimeEngineTestBase {

    @BeforeEach
    void environment() {
        newEnvironment();
    }

    private JsonNode people(String journeyId, String query) {
        return ok(api.get("/v1/journeys/" + journeyId + "/users" + query)).json();
    }

    @Test
    void listsTheUsersInAStepWithTheirLastStep() {
        String id = onboardingJourney();
        signUp("ada");
        advance("1h");
        signUp("bob");

        JsonNode page = people(id, "?node=welcome_email");

        assertThat(page.get("items"))
                .extracting(u -> u.get("userId").asText())
                .containsExactly("bob", "ada");
        JsonNode bob = page.get("items").get(0);
        assertThat(bob.get("email").asText()).isEqualTo("bob@example.com");
        assertThat(bob.get("status").asText()).isEqualTo("active");
        // the email queued, or already delivered by the engine's dispatcher running meanwhile
        assertThat(bob.get("lastStep").get("kind").asText()).isIn("action", "email");
        assertThat(bob.get("lastStep").get("summary").asText()).startsWith("Email ");
        assertThat(bob.get("lastStep").get("messageId").asText()).contains("welcome_email");
        assertThat(page.get("nextCursor").isNull()).isTrue();
        assertThat(page.get("reasons")).isEmpty();
    }

    @Test
    void pagesWithTheCursorUntilTheLastPage() {
        String id = onboardingJourney();
        for (int i = 0; i < 5; i++) {
            signUp("u" + i);
            advance("1m");
        }
        List<String> seen = new ArrayList<>();
        String query = "?node=welcome_email&limit=2";
        JsonNode page = people(id, query);
        seen.addAll(page.get("items").findValuesAsText("userId"));
        while (!page.get("nextCursor").isNull()) {
            page = people(id, query + "&cursor=" + page.get("nextCursor").asText());
            seen.addAll(page.get("items").findValuesAsText("userId"));
        }

        assertThat(seen).containsExactly("u4", "u3", "u2", "u1", "u0");
    }

    @Test
    void groupsFailedUsersByReasonInWords() {
        String id = onboardingJourney();
        signUp("ada");
        ok(system("u1", "user.created"));
        ok(system("u2", "user.created"));

        JsonNode page = people(id, "?failed=true");

        assertThat(page.get("items").findValuesAsText("userId"))
                .containsExactlyInAnyOrder("u1", "u2");
        assertThat(page.get("items").get(0).get("reason").asText())
                .isEqualTo("has no email address");
        assertThat(page.get("reasons")).hasSize(1);
        assertThat(page.get("reasons").get(0).get("reason").asText())
                .isEqualTo("has no email address");
        assertThat(page.get("reasons").get(0).get("users").asLong()).isEqualTo(2);
    }

    @Test
    void replaysAUsersPathWithEventsTimersAndTimes() {
        String id = onboardingJourney();
        signUp("ada");
        advance("2d");
        ok(system("ada", "user.login"));

        JsonNode path = ok(api.get("/v1/journeys/" + id + "/users/ada/path")).json();

        assertThat(path.get("status").asText()).isEqualTo("completed");
        assertThat(path.get("steps").findValuesAsText("kind"))
                .containsSubsequence("entered", "action", "moved", "action", "moved", "completed");
        JsonNode timer =
                path.get("steps").findParents("kind").stream()
                        .filter(s -> s.get("kind").asText().equals("moved"))
                        .findFirst()
                        .orElseThrow();
        // the engine's clock is shared by the class's tests: times are relative to the entry
        Instant entered = Instant.parse(path.get("steps").get(0).get("at").asText());
        String due = entered.plus(Duration.ofDays(2)).toString();
        assertThat(timer.get("to").asText()).isEqualTo("nudge_1");
        assertThat(timer.get("dueAt").asText()).isEqualTo(due);
        assertThat(timer.get("firedAt").asText()).isEqualTo(due);
        assertThat(path.get("steps").get(0).get("event").asText()).isEqualTo("user.created");
    }

    @Test
    void showsTheWaitingTimerOnTheCurrentStep() {
        String id = onboardingJourney();
        signUp("ada");

        JsonNode path = ok(api.get("/v1/journeys/" + id + "/users/ada/path")).json();

        assertThat(path.get("waiting")).hasSize(1);
        assertThat(path.get("waiting").get(0).get("to").asText()).isEqualTo("nudge_1");
        Instant entered = Instant.parse(path.get("enteredAt").asText());
        assertThat(path.get("waiting").get(0).get("dueAt").asText())
                .isEqualTo(entered.plus(Duration.ofDays(2)).toString());
    }

    @Test
    void answers404ForAUserNeverInTheJourneyAndForAnotherEnvironment() {
        String id = onboardingJourney();
        signUp("ada");
        ApiClient owner = api;

        assertThat(api.get("/v1/journeys/" + id + "/users/nobody/path").status()).isEqualTo(404);
        newEnvironment();
        assertThat(api.get("/v1/journeys/" + id + "/users").status()).isEqualTo(404);
        assertThat(api.get("/v1/journeys/" + id + "/users/ada/path").status()).isEqualTo(404);
        assertThat(owner.get("/v1/journeys/" + id + "/users/ada/path").status()).isEqualTo(200);
    }

    @Test
    void refusesABadStatusNamingTheField() {
        String id = onboardingJourney();

        ApiClient.Response r = api.get("/v1/journeys/" + id + "/users?status=asleep");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorField()).isEqualTo("status");
    }

    @Test
    void setsPropertiesAndTimeZoneAndFindsUsersByEmailPrefix() {
        ok(
                api.put(
                        "/v1/users/u1",
                        "{\"email\": \"Ada@Example.com\", \"properties\": {\"plan\": \"pro\","
                                + " \"seats\": 3}, \"timeZone\": \"Europe/Paris\"}"));
        signUp("bob");

        JsonNode u1 = user("u1");
        JsonNode found = ok(api.get("/v1/users?query=ada")).json();

        assertThat(u1.get("properties").get("plan").asText()).isEqualTo("pro");
        assertThat(u1.get("properties").get("seats").asInt()).isEqualTo(3);
        assertThat(u1.get("timeZone").asText()).isEqualTo("Europe/Paris");
        assertThat(found.get("items").findValuesAsText("userId")).containsExactly("u1");
        assertThat(ok(api.get("/v1/users")).json().get("items").findValuesAsText("userId"))
                .containsExactly("bob", "u1");
    }

    @Test
    void refusesAnUnknownTimeZoneNamingTheFieldAndChangesNothing() {
        ApiClient.Response r = api.put("/v1/users/u1", "{\"timeZone\": \"Mars/Olympus\"}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorField()).isEqualTo("timeZone");
        assertThat(api.get("/v1/users/u1").status()).isEqualTo(404);
    }
}
