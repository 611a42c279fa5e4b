package com.ascendkit.journeys.engine.api.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.engine.api.ApiClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The run-time's HTTP endpoints through a real server: events, users, outbox, clock, auth, CORS.
 */
abstract class RuntimeApiContractTest extends RuntimeEngineTestBase {

    @BeforeEach
    void environment() {
        newEnvironment();
    }

    @Test
    void tracksAnAppEventUnderItsPrefixedName() {
        ApiClient.Response r =
                ok(
                        api.post(
                                "/v1/events/track",
                                "{\"userId\": \"u1\", \"event\": \"completed_onboarding\","
                                        + " \"properties\": {\"plan\": \"pro\"},"
                                        + " \"timestamp\": \"2026-03-01T08:00:00Z\"}"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("accepted").asBoolean()).isTrue();
        assertThat(r.json().get("userId").asText()).isEqualTo("u1");
        assertThat(r.json().get("event").asText()).isEqualTo("app.completed_onboarding");
        assertThat(user("u1").get("userId").asText()).isEqualTo("u1");
    }

    @Test
    void enrollsOnASystemEventAndShowsItAtOnce() {
        String id = onboardingJourney();
        ok(api.put("/v1/users/ada", "{\"email\": \"ada@example.com\", \"name\": \"Ada\"}"));
        java.time.Instant now = clock.instant();

        ok(system("ada", "user.created"));

        JsonNode state = user("ada").get("journeys").get(0);
        assertThat(state.get("journeyId").asText()).isEqualTo(id);
        assertThat(state.get("status").asText()).isEqualTo("active");
        assertThat(state.get("currentNode").asText()).isEqualTo("welcome_email");
        assertThat(state.get("enrolledAt").asText()).isEqualTo(now.toString());
        assertThat(state.get("path").get(0).get("node").asText()).isEqualTo("welcome_email");
        JsonNode stats = ok(api.get("/v1/journeys/" + id)).journey().get("stats");
        assertThat(stats.get("enrolled").asLong()).isEqualTo(1);
        assertThat(stats.get("active").asLong()).isEqualTo(1);
        JsonNode outbox = ok(api.get("/v1/email/outbox?journeyId=" + id)).json().get("items");
        assertThat(outbox).hasSize(1);
        assertThat(outbox.get(0).get("subject").asText()).isEqualTo("Welcome, Ada!");
        assertThat(outbox.get(0).get("to").asText()).isEqualTo("ada@example.com");
    }

    @Test
    void refusesAnUnknownSystemEventNamingTheField() {
        ApiClient.Response r = system("u1", "user.deleted");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorField()).isEqualTo("event");
        assertThat(r.errorMessage()).contains("'user.deleted'");
        assertThat(api.get("/v1/users/u1").status()).isEqualTo(404);
    }

    @Test
    void refusesAnUnknownFieldAndAWrongType() {
        ApiClient.Response unknown =
                api.post("/v1/events/track", "{\"userId\": \"u1\", \"evnt\": \"x\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorField()).isEqualTo("evnt");
        ApiClient.Response type = api.post("/v1/events/track", "{\"userId\": 7, \"event\": \"x\"}");
        assertThat(type.status()).isEqualTo(400);
        assertThat(type.errorField()).isEqualTo("userId");
        ApiClient.Response time =
                api.post(
                        "/v1/events/track",
                        "{\"userId\": \"u1\", \"event\": \"x\", \"timestamp\": \"yesterday\"}");
        assertThat(time.status()).isEqualTo(400);
        assertThat(time.errorField()).isEqualTo("timestamp");
        assertThat(time.errorMessage()).contains("'yesterday'");
    }

    @Test
    void publishableKeyMayTrackAndNothingElse() {
        ApiClient browser = api.withKey(keys.publishableKey());
        assertThat(
                        browser.post("/v1/events/track", "{\"userId\": \"u1\", \"event\": \"x\"}")
                                .status())
                .isEqualTo(200);
        assertThat(
                        browser.post(
                                        "/v1/events/system",
                                        "{\"userId\": \"u1\", \"event\": \"user.login\"}")
                                .status())
                .isEqualTo(403);
        assertThat(browser.get("/v1/users/u1").status()).isEqualTo(403);
        assertThat(browser.get("/v1/email/outbox").status()).isEqualTo(403);
        assertThat(browser.post("/v1/dev/clock", "{\"advance\": \"1d\"}").status()).isEqualTo(403);
        assertThat(
                        browser.post(
                                        "/v1/events/batch",
                                        "{\"events\": [{\"kind\": \"track\", \"userId\": \"u\","
                                                + " \"event\": \"x\"}]}")
                                .status())
                .isEqualTo(403);
    }

    @Test
    void answersTheCorsPreflightOfTrackWithoutAKey() {
        ApiClient.Response r =
                api.withKey(null)
                        .send(
                                "OPTIONS",
                                "/v1/events/track",
                                null,
                                "Origin",
                                "https://shop.example",
                                "Access-Control-Request-Method",
                                "POST",
                                "Access-Control-Request-Headers",
                                "authorization, content-type");
        assertThat(r.status()).isEqualTo(204);
        assertThat(r.header("Access-Control-Allow-Origin")).contains("*");
        assertThat(r.header("Access-Control-Allow-Methods").orElseThrow()).contains("POST");
        assertThat(r.header("Access-Control-Allow-Headers").orElseThrow())
                .contains("Authorization", "Content-Type", "Idempotency-Key");
    }

    @Test
    void allowsAnyOriginOnTrackOnlyIncludingItsRefusals() {
        ApiClient.Response tracked =
                api.withKey(keys.publishableKey())
                        .post(
                                "/v1/events/track",
                                "{\"userId\": \"u1\", \"event\": \"x\"}",
                                "Origin",
                                "https://shop.example");
        assertThat(tracked.header("Access-Control-Allow-Origin")).contains("*");
        ApiClient.Response refused =
                api.withKey(null)
                        .post(
                                "/v1/events/track",
                                "{\"userId\": \"u1\", \"event\": \"x\"}",
                                "Origin",
                                "https://shop.example");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("Access-Control-Allow-Origin")).contains("*");
        ApiClient.Response elsewhere =
                api.get("/v1/email/outbox", "Origin", "https://shop.example");
        assertThat(elsewhere.header("Access-Control-Allow-Origin")).isEmpty();
        // No preflight elsewhere: a known path without OPTIONS is a 405 (issue 13), no CORS.
        ApiClient.Response preflight =
                api.send("OPTIONS", "/v1/events/system", null, "Origin", "https://x.example");
        assertThat(preflight.status()).isEqualTo(405);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void appliesABatchInOrderAndReportsEachEvent() {
        String id = onboardingJourney();
        ok(api.put("/v1/users/b1", "{\"email\": \"b1@example.com\"}"));
        ApiClient.Response r =
                ok(
                        api.post(
                                "/v1/events/batch",
                                "{\"events\": ["
                                        + "{\"kind\": \"system\", \"userId\": \"b1\", \"event\": \"user.created\"},"
                                        + "{\"kind\": \"system\", \"userId\": \"b2\", \"event\": \"user.exploded\"},"
                                        + "{\"kind\": \"track\", \"userId\": \"b1\", \"event\": \"opened_app\"},"
                                        + "{\"kind\": \"signal\", \"userId\": \"b1\", \"event\": \"x\"},"
                                        + "{\"kind\": \"track\", \"userId\": \"b1\", \"event\": \"x\", \"colour\": 1},"
                                        + "{\"kind\": \"system\", \"userId\": \"b1\", \"event\": \"user.login\"}"
                                        + "]}"));
        JsonNode results = r.json().get("results");
        assertThat(results).hasSize(6);
        List<String> summary = new ArrayList<>();
        results.forEach(
                x ->
                        summary.add(
                                x.get("index").asInt()
                                        + ":"
                                        + (x.get("accepted").asBoolean()
                                                ? x.get("event").asText()
                                                : "refused "
                                                        + x.get("error").get("field").asText())));
        assertThat(summary)
                .containsExactly(
                        "0:user.created",
                        "1:refused event",
                        "2:app.opened_app",
                        "3:refused kind",
                        "4:refused colour",
                        "5:user.login");
        JsonNode state = user("b1").get("journeys").get(0);
        assertThat(state.get("status").asText()).isEqualTo("completed");
        assertThat(state.get("currentNode").asText()).isEqualTo("done");
        assertThat(api.get("/v1/users/b2").status()).isEqualTo(404);
        assertThat(analytics(id).get("totals").get("completed").asLong()).isEqualTo(1);
    }

    @Test
    void refusesABatchOfMoreThanAThousandEventsWhole() {
        StringBuilder body = new StringBuilder("{\"events\": [");
        for (int i = 0; i < 1001; i++) {
            body.append(i == 0 ? "" : ",")
                    .append("{\"kind\": \"track\", \"userId\": \"m")
                    .append(i)
                    .append("\", \"event\": \"x\"}");
        }
        ApiClient.Response r = api.post("/v1/events/batch", body + "]}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorField()).isEqualTo("events");
        assertThat(r.errorMessage()).contains("1001");
        assertThat(api.get("/v1/users/m0").status()).isEqualTo(404);
    }

    @Test
    void appliesAnEventOnceForOneIdempotencyKey() {
        String id = onboardingJourney();
        ok(
                api.patch(
                        "/v1/journeys/" + id,
                        "{\"reEntryPolicy\": \"restart\"}")); // a second application would show
        String body = "{\"userId\": \"k1\", \"event\": \"user.created\"}";
        ok(api.post("/v1/events/system", body, "Idempotency-Key", "signup-k1"));
        ApiClient.Response again =
                ok(api.post("/v1/events/system", body, "Idempotency-Key", "signup-k1"));
        assertThat(again.header("Idempotent-Replayed")).contains("true");
        assertThat(user("k1").get("journeys").get(0).get("path")).hasSize(1);
        assertThat(analytics(id).get("totals").get("enrolled").asLong()).isEqualTo(1);
        ok(api.post("/v1/events/system", body)); // without a key it is a new event: restart
        assertThat(analytics(id).get("totals").get("enrolled").asLong()).isEqualTo(2);
    }

    @Test
    void replacesTheProfileWholeOnPut() {
        ok(
                api.put(
                        "/v1/users/p1",
                        "{\"email\": \"p1@example.com\", \"name\": \"Pat\", \"provider\":"
                                + " \"google\"}"));
        JsonNode after = ok(api.put("/v1/users/p1", "{\"email\": \"pat@example.com\"}")).json();
        assertThat(after.get("email").asText()).isEqualTo("pat@example.com");
        assertThat(after.has("name")).isFalse();
        assertThat(after.has("provider")).isFalse();
        assertThat(after.get("tags")).isEmpty();
        ApiClient.Response bad = api.put("/v1/users/p1", "{\"email\": \"not-an-email\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorField()).isEqualTo("email");
        assertThat(user("p1").get("email").asText()).isEqualTo("pat@example.com");
    }

    @Test
    void erasesAUserButKeepsTheCounts() {
        String id = onboardingJourney();
        signUp("gone");
        assertThat(api.delete("/v1/users/gone").status()).isEqualTo(204);
        assertThat(api.get("/v1/users/gone").status()).isEqualTo(404);
        assertThat(api.delete("/v1/users/gone").status()).isEqualTo(404);
        JsonNode totals = analytics(id).get("totals");
        assertThat(totals.get("enrolled").asLong()).isEqualTo(1);
        assertThat(totals.get("exited").asLong()).isEqualTo(1);
        assertThat(totals.get("active").asLong()).isZero();
        assertThat(ok(api.get("/v1/email/outbox?userId=gone")).json().get("items")).isEmpty();
    }

    @Test
    void pagesTheOutboxWithACursor() {
        String id = onboardingJourney();
        for (int i = 0; i < 3; i++) {
            ok(api.put("/v1/users/o" + i, "{\"email\": \"o" + i + "@example.com\"}"));
            ok(system("o" + i, "user.created"));
        }
        JsonNode first = ok(api.get("/v1/email/outbox?journeyId=" + id + "&limit=2")).json();
        assertThat(first.get("items")).hasSize(2);
        assertThat(first.get("items").get(0).get("userId").asText()).isEqualTo("o0");
        String cursor = first.get("nextCursor").asText();
        JsonNode second =
                ok(api.get("/v1/email/outbox?journeyId=" + id + "&limit=2&cursor=" + cursor))
                        .json();
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("nextCursor").isNull()).isTrue();
        ApiClient.Response limit = api.get("/v1/email/outbox?limit=5000");
        assertThat(limit.status()).isEqualTo(400);
        assertThat(limit.errorField()).isEqualTo("limit");
        ApiClient.Response badCursor = api.get("/v1/email/outbox?cursor=zzz");
        assertThat(badCursor.status()).isEqualTo(400);
        assertThat(badCursor.errorField()).isEqualTo("cursor");
    }

    @Test
    void advancesTheClockFiringDueTimersAsOfTheirDueTime() {
        String id = onboardingJourney();
        signUp("c1");
        java.time.Instant before = clock.instant();

        JsonNode moved = advance("3d").json();

        assertThat(moved.get("now").asText())
                .isEqualTo(before.plus(java.time.Duration.ofDays(3)).toString());
        assertThat(moved.get("timersFired").asInt()).isEqualTo(1);
        JsonNode path = user("c1").get("journeys").get(0).get("path");
        assertThat(path.get(0).get("leftAt").asText())
                .isEqualTo(before.plus(java.time.Duration.ofDays(2)).toString());
        assertThat(path.get(0).get("transition").asText()).isEqualTo("welcome_email-to-nudge_1");
        assertThat(path.get(1).get("node").asText()).isEqualTo("nudge_1");
        assertThat(analytics(id).get("nodes").get("nudge_1").get("current").asLong()).isEqualTo(1);
        ApiClient.Response bad = api.post("/v1/dev/clock", "{\"advance\": \"2 days\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorField()).isEqualTo("advance");
    }

    @Test
    void refusesToRemoveANodeWithUsersUnlessMovedOrForced() {
        String id = onboardingJourney();
        for (String u : List.of("n1", "n2", "n3")) {
            signUp(u);
        }
        advance("2d");
        String nodes = "/v1/journeys/" + id + "/nodes";
        JsonNode listed = ok(api.get(nodes)).json().get("items");
        JsonNode nudge = null;
        for (JsonNode n : listed) {
            if (n.get("name").asText().equals("nudge_1")) {
                nudge = n;
            }
        }
        assertThat(nudge).isNotNull();
        assertThat(nudge.get("usersHere").asLong()).isEqualTo(3);

        ApiClient.Response refused = api.delete(nodes + "/nudge_1");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.errorMessage()).contains("3 users");

        ok(api.delete(nodes + "/nudge_1?moveUsersTo=done"));
        JsonNode n1 = user("n1").get("journeys").get(0);
        assertThat(n1.get("currentNode").asText()).isEqualTo("done");
        assertThat(n1.get("status").asText()).isEqualTo("completed");

        signUp("n4");
        ok(api.delete(nodes + "/welcome_email?force=true"));
        JsonNode n4 = user("n4").get("journeys").get(0);
        assertThat(n4.get("status").asText()).isEqualTo("exited");
        JsonNode totals = analytics(id).get("totals");
        assertThat(totals.get("completed").asLong()).isEqualTo(3);
        assertThat(totals.get("exited").asLong()).isEqualTo(1);
        assertThat(totals.get("active").asLong()).isZero();
    }

    @Test
    void pauseStopsEnrollingButNotMovingAndArchiveExitsEveryone() {
        String id = onboardingJourney();
        signUp("a1");
        ok(api.post("/v1/journeys/" + id + "/pause", ""));

        ok(system("a2", "user.created"));
        assertThat(user("a2").get("journeys")).isEmpty();
        advance("2d");
        assertThat(user("a1").get("journeys").get(0).get("currentNode").asText())
                .isEqualTo("nudge_1");

        ok(api.post("/v1/journeys/" + id + "/activate", ""));
        signUp("a3");
        ok(api.post("/v1/journeys/" + id + "/archive", ""));

        assertThat(user("a1").get("journeys").get(0).get("status").asText()).isEqualTo("exited");
        assertThat(user("a3").get("journeys").get(0).get("status").asText()).isEqualTo("exited");
        ok(system("a4", "user.created"));
        assertThat(user("a4").get("journeys")).isEmpty();
        JsonNode stats = ok(api.get("/v1/journeys/" + id)).journey().get("stats");
        assertThat(stats.get("enrolled").asLong()).isEqualTo(2);
        assertThat(stats.get("exited").asLong()).isEqualTo(2);
        assertThat(stats.get("active").asLong()).isZero();
    }

    @Test
    void hidesAnotherEnvironmentsUsersAndJourneys() {
        String id = onboardingJourney();
        signUp("mine");
        ApiClient mine = api;
        newEnvironment();
        assertThat(api.get("/v1/users/mine").status()).isEqualTo(404);
        assertThat(api.get("/v1/journeys/" + id + "/stream").status()).isEqualTo(404);
        assertThat(ok(api.get("/v1/email/outbox")).json().get("items")).isEmpty();
        assertThat(mine.get("/v1/users/mine").status()).isEqualTo(200);
    }

    @Test
    void streamsJourneyChangesAnalyticsAndKeepAlivesUntilDeleted() throws Exception {
        String id = onboardingJourney();
        long version = ok(api.get("/v1/journeys/" + id)).journey().get("version").asLong();
        Duration wait = Duration.ofSeconds(10);
        try (SseReader stream =
                new SseReader(engine.url() + "/v1/journeys/" + id + "/stream", keys.secretKey())) {
            assertThat(stream.status()).isEqualTo(200);
            JsonNode first = json(stream.next("journey", wait).data());
            assertThat(first.get("journeyId").asText()).isEqualTo(id);
            assertThat(first.get("version").asLong()).isEqualTo(version);
            assertThat(
                            json(stream.next("analytics", wait).data())
                                    .get("totals")
                                    .get("enrolled")
                                    .asLong())
                    .isZero();

            ok(api.patch("/v1/journeys/" + id, "{\"name\": \"Onboarding v2\"}"));
            assertThat(json(stream.next("journey", wait).data()).get("version").asLong())
                    .isEqualTo(version + 1);

            signUp("s1");
            JsonNode counts = json(stream.next("analytics", wait).data());
            assertThat(counts.get("totals").get("enrolled").asLong()).isEqualTo(1);
            assertThat(counts.get("nodes").get("welcome_email").get("current").asLong())
                    .isEqualTo(1);

            assertThat(stream.nextComment(wait).data()).isEqualTo("keep-alive");

            assertThat(api.delete("/v1/journeys/" + id).status()).isEqualTo(204);
            stream.next(SseReader.END.event(), wait);
        }
    }

    private static JsonNode json(String text) throws Exception {
        return com.ascendkit.journeys.engine.store.EngineJson.mapper().readTree(text);
    }
}
