package com.ascendkit.journeys.engine.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.engine.environments.IssuedKeys;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Auth, concurrency (ETag/If-Match), retries (Idempotency-Key), request ids and error bodies. */
public abstract class ProtocolContractTest extends EngineTestBase {
    private static final String CREATE =
            "{\"name\": \"Keyed\", \"entryEvent\": \"user.created\", \"entryNode\": \"start\"}";

    @Test
    void answersHealthWithoutAKey() {
        ApiClient.Response r = api.withKey(null).get("/v1/health");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("status").asText()).isEqualTo("ok");
    }

    @Test
    void refusesACallWithoutAKey() {
        ApiClient.Response r = api.withKey(null).get("/v1/journeys");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.errorCode()).isEqualTo("unauthorized");
    }

    @Test
    void refusesAnUnknownKeyWithoutEchoingIt() {
        String unknown = "sk_" + "A".repeat(32);
        ApiClient.Response r = api.withKey(unknown).get("/v1/journeys");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.text()).doesNotContain(unknown);
    }

    @Test
    void refusesAMalformedAuthorizationHeader() {
        ApiClient.Response r =
                api.withKey(null).get("/v1/journeys", "Authorization", "Basic " + keys.secretKey());
        assertThat(r.status()).isEqualTo(401);
    }

    @Test
    void forbidsAPublishableKeyOutsideEventTracking() {
        ApiClient.Response r = api.withKey(keys.publishableKey()).get("/v1/journeys");
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.errorCode()).isEqualTo("forbidden");
        ApiClient.Response create = api.withKey(keys.publishableKey()).post("/v1/journeys", CREATE);
        assertThat(create.status()).isEqualTo(403);
    }

    @Test
    void hidesAJourneyOfAnotherEnvironment() {
        String id = createWiredJourney();
        IssuedKeys other = newEnvironment();
        ApiClient stranger = api.withKey(other.secretKey());
        assertThat(stranger.get(journey(id)).status()).isEqualTo(404);
        assertThat(stranger.patch(journey(id), "{\"name\": \"Mine\"}").status()).isEqualTo(404);
        assertThat(stranger.delete(journey(id)).status()).isEqualTo(404);
        assertThat(stranger.post(nodes(id), "{\"name\": \"x\"}").status()).isEqualTo(404);
        assertThat(stranger.get(journey(id) + "/analytics").status()).isEqualTo(404);
        assertThat(stranger.get("/v1/journeys").json().get("items")).isEmpty();
        assertThat(stored(id).get("name").asText()).isEqualTo("Onboarding Flow");
    }

    @Test
    void sendsARequestIdOnEveryResponse() {
        assertThat(api.get("/v1/journeys").header("Request-Id"))
                .get()
                .asString()
                .startsWith("req_");
        assertThat(api.get("/v1/no-such-route").header("Request-Id")).isPresent();
        assertThat(api.withKey(null).get("/v1/journeys").header("Request-Id")).isPresent();
    }

    @Test
    void answersAnUnknownRouteWithAJsonError() {
        ApiClient.Response r = api.get("/v1/no-such-route");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.errorCode()).isEqualTo("not_found");
    }

    @Test
    void refusesAStaleIfMatchWithTheCurrentJourney() {
        String id = createWiredJourney();
        JsonNode before = stored(id);
        long version = before.get("version").asLong();
        ApiClient.Response r =
                api.patch(
                        journey(id),
                        "{\"name\": \"Stale\"}",
                        "If-Match",
                        "\"" + (version - 1) + "\"");
        assertThat(r.status()).isEqualTo(412);
        assertThat(r.errorCode()).isEqualTo("precondition_failed");
        assertThat(r.journey()).isEqualTo(before);
        assertThat(r.header("ETag")).contains("\"" + version + "\"");
        assertThat(stored(id)).isEqualTo(before);
    }

    @Test
    void refusesAStaleIfMatchOnNodeTransitionLifecycleAndDelete() {
        String id = createWiredJourney();
        JsonNode before = stored(id);
        String stale = "1";
        assertThat(api.post(nodes(id), "{\"name\": \"x\"}", "If-Match", stale).status())
                .isEqualTo(412);
        assertThat(api.delete(transitions(id) + "/welcome-to-done", "If-Match", stale).status())
                .isEqualTo(412);
        assertThat(api.post(journey(id) + "/activate", null, "If-Match", stale).status())
                .isEqualTo(412);
        assertThat(api.delete(journey(id), "If-Match", stale).status()).isEqualTo(412);
        assertThat(stored(id)).isEqualTo(before);
    }

    @Test
    void acceptsACurrentIfMatchQuotedOrBare() {
        String id = createWiredJourney();
        long version = stored(id).get("version").asLong();
        ApiClient.Response quoted =
                ok(api.patch(journey(id), "{\"name\": \"A\"}", "If-Match", "\"" + version + "\""));
        assertThat(quoted.header("ETag")).contains("\"" + (version + 1) + "\"");
        ok(api.patch(journey(id), "{\"name\": \"B\"}", "If-Match", Long.toString(version + 1)));
        ok(api.patch(journey(id), "{\"name\": \"C\"}", "If-Match", "W/\"" + (version + 2) + "\""));
    }

    @Test
    void replaysTheFirstResponseForTheSameKeyAndBody() {
        String key = UUID.randomUUID().toString();
        ApiClient.Response first = api.post("/v1/journeys", CREATE, "Idempotency-Key", key);
        ApiClient.Response again = api.post("/v1/journeys", CREATE, "Idempotency-Key", key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(again.header("Idempotent-Replayed")).contains("true");
        String id = first.journey().get("id").asText();
        long copies = count(api.get("/v1/journeys").json().get("items"), id);
        assertThat(copies).isEqualTo(1);
    }

    @Test
    void replaysAKeyedNodeAddWithoutAddingTwice() {
        String id = createJourney("start");
        String key = UUID.randomUUID().toString();
        String body = "{\"name\": \"next\"}";
        ok(api.post(nodes(id), body, "Idempotency-Key", key));
        ApiClient.Response again = ok(api.post(nodes(id), body, "Idempotency-Key", key));
        assertThat(again.journey().get("version").asLong()).isEqualTo(2);
        assertThat(stored(id).get("version").asLong()).isEqualTo(2);
    }

    @Test
    void runsConcurrentRequestsWithOneKeyOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = CREATE.replace("Keyed", key);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<ApiClient.Response>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(
                        pool.submit(() -> api.post("/v1/journeys", body, "Idempotency-Key", key)));
            }
            Set<String> ids = new HashSet<>();
            for (Future<ApiClient.Response> f : answers) {
                ApiClient.Response r = f.get(60, TimeUnit.SECONDS);
                assertThat(r.status()).as(r.toString()).isEqualTo(201);
                ids.add(r.journey().get("id").asText());
            }
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        long named = 0;
        for (JsonNode j : api.get("/v1/journeys").json().get("items")) {
            named += j.get("name").asText().equals(key) ? 1 : 0;
        }
        assertThat(named).isEqualTo(1);
    }

    @Test
    void refusesAKeyReusedWithADifferentBody() {
        String key = UUID.randomUUID().toString();
        ok(api.post("/v1/journeys", CREATE, "Idempotency-Key", key));
        ApiClient.Response r =
                api.post("/v1/journeys", CREATE.replace("Keyed", "Other"), "Idempotency-Key", key);
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.errorField()).isEqualTo("Idempotency-Key");
    }

    @Test
    void refusesAKeyReusedOnAnotherPath() {
        String id = createWiredJourney();
        String key = UUID.randomUUID().toString();
        ok(api.post(journey(id) + "/activate", null, "Idempotency-Key", key));
        assertThat(api.post(journey(id) + "/pause", null, "Idempotency-Key", key).status())
                .isEqualTo(409);
        assertThat(stored(id).get("status").asText()).isEqualTo("active");
    }

    @Test
    void forgetsAKeyAfterADay() {
        String key = UUID.randomUUID().toString();
        ApiClient.Response first = ok(api.post("/v1/journeys", CREATE, "Idempotency-Key", key));
        clock.advance(Duration.ofHours(24).plusMinutes(1));
        ApiClient.Response later = ok(api.post("/v1/journeys", CREATE, "Idempotency-Key", key));
        assertThat(later.journey().get("id")).isNotEqualTo(first.journey().get("id"));
    }

    @Test
    void rejectsAnIdempotencyKeyLongerThan255Characters() {
        ApiClient.Response r = api.post("/v1/journeys", CREATE, "Idempotency-Key", "k".repeat(256));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorField()).isEqualTo("Idempotency-Key");
    }

    @Test
    void rollsBackEverythingWhenTheRuntimeFailsMidChange() {
        String id = createWiredJourney();
        JsonNode before = stored(id);
        hooks.failFor(id);
        String key = UUID.randomUUID().toString();
        ApiClient.Response r = api.patch(journey(id), "{\"name\": \"Half done\"}");
        ApiClient.Response keyed = api.post(nodes(id), "{\"name\": \"x\"}", "Idempotency-Key", key);
        assertThat(r.status()).isEqualTo(500);
        assertThat(r.errorCode()).isEqualTo("internal_error");
        assertThat(r.errorMessage()).contains(r.header("Request-Id").orElseThrow());
        assertThat(r.text()).doesNotContain("IllegalStateException", "injected");
        assertThat(keyed.status()).isEqualTo(500);
        assertThat(stored(id)).isEqualTo(before);
    }

    private static long count(JsonNode items, String id) {
        long n = 0;
        for (JsonNode j : items) {
            if (j.get("id").asText().equals(id)) {
                n++;
            }
        }
        return n;
    }
}
