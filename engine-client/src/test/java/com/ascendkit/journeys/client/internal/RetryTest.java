package com.ascendkit.journeys.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascendkit.journeys.client.EngineClient;
import com.ascendkit.journeys.client.Fixtures;
import com.ascendkit.journeys.client.MockEngine;
import com.ascendkit.journeys.client.RequestOptions;
import com.ascendkit.journeys.client.events.TrackEvent;
import com.ascendkit.journeys.client.exception.ConflictException;
import com.ascendkit.journeys.client.exception.EngineConnectionException;
import com.ascendkit.journeys.client.exception.EngineServerException;
import com.ascendkit.journeys.client.exception.InvalidRequestException;
import com.ascendkit.journeys.client.exception.PreconditionFailedException;
import com.ascendkit.journeys.client.journeys.CreateJourneyRequest;
import com.ascendkit.journeys.client.journeys.UpdateJourneyRequest;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RetryTest {
    private final MockEngine engine = new MockEngine();
    private final EngineClient client = engine.client(2);

    @AfterEach
    void stop() {
        engine.close();
    }

    private MockEngine unavailable() {
        return engine.json(503, Fixtures.error("unavailable", "try later", null));
    }

    @Test
    void retriesGetOn503ThenSucceeds() {
        unavailable().json(200, Fixtures.JOURNEY_RESPONSE);

        assertThat(client.journeys().get("jrn_a1B2c3D4e5F6").version()).isEqualTo(7);

        assertThat(engine.server.getRequestCount()).isEqualTo(2);
        assertThat(engine.sleeper.delays()).hasSize(1);
    }

    @Test
    void givesUpAfterMaxRetries() {
        unavailable();
        unavailable();
        unavailable();

        assertThatThrownBy(() -> client.journeys().get("jrn_x"))
                .isInstanceOf(EngineServerException.class)
                .hasMessage("try later");

        assertThat(engine.server.getRequestCount()).isEqualTo(3);
        assertThat(engine.sleeper.delays()).hasSize(2);
    }

    @Test
    void everyPostCarriesOneIdempotencyKeyReusedAcrossRetries() {
        unavailable();
        unavailable();
        engine.json(201, Fixtures.JOURNEY_RESPONSE);

        client.journeys().create(CreateJourneyRequest.of("Onboarding", "user.created"));

        List<String> keys =
                List.of(engine.take(), engine.take(), engine.take()).stream()
                        .map(r -> r.getHeader("Idempotency-Key"))
                        .toList();
        assertThat(keys.get(0)).isNotBlank().hasSizeLessThanOrEqualTo(255);
        assertThat(keys).containsOnly(keys.get(0));
    }

    @Test
    void separateCallsGetSeparateIdempotencyKeys() {
        engine.json(202, "{}").json(202, "{}");

        client.events().track(TrackEvent.of("u1", "completed_onboarding"));
        client.events().track(TrackEvent.of("u1", "completed_onboarding"));

        assertThat(engine.take().getHeader("Idempotency-Key"))
                .isNotEqualTo(engine.take().getHeader("Idempotency-Key"));
    }

    @Test
    void usesTheCallersIdempotencyKey() {
        engine.json(202, "{}");

        client.events()
                .track(
                        TrackEvent.of("u1", "signup"),
                        RequestOptions.none().withIdempotencyKey("evt-42"));

        assertThat(engine.take().getHeader("Idempotency-Key")).isEqualTo("evt-42");
    }

    @Test
    void retriesGetWhenConnectionRefused() throws IOException {
        engine.server.shutdown();

        assertThatThrownBy(() -> client.journeys().list())
                .isInstanceOf(EngineConnectionException.class);

        assertThat(engine.sleeper.delays()).hasSize(2);
    }

    @Test
    void retriesKeyedPostWhenConnectionRefused() throws IOException {
        engine.server.shutdown();

        assertThatThrownBy(() -> client.events().track(TrackEvent.of("u1", "x")))
                .isInstanceOf(EngineConnectionException.class);

        assertThat(engine.sleeper.delays()).hasSize(2);
    }

    @Test
    void retriesPostWhenConnectionDropsWithoutAnswer() {
        engine.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        engine.json(202, "{}");

        client.events().track(TrackEvent.of("u1", "x"));

        RecordedRequest first = engine.take();
        RecordedRequest second = engine.take();
        assertThat(second.getHeader("Idempotency-Key"))
                .isEqualTo(first.getHeader("Idempotency-Key"));
    }

    @Test
    void neverRetries400() {
        engine.json(400, Fixtures.error("invalid_request", "bad", "name"));

        assertThatThrownBy(() -> client.journeys().get("jrn_x"))
                .isInstanceOf(InvalidRequestException.class);

        assertThat(engine.server.getRequestCount()).isEqualTo(1);
        assertThat(engine.sleeper.delays()).isEmpty();
    }

    @Test
    void neverRetries409() {
        engine.json(409, Fixtures.error("conflict", "node 'a' holds 3 users", null));

        assertThatThrownBy(() -> client.nodes().remove("jrn_x", "a"))
                .isInstanceOf(ConflictException.class);

        assertThat(engine.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void neverRetries412() {
        engine.json(412, Fixtures.error("precondition_failed", "stale", null));

        assertThatThrownBy(
                        () ->
                                client.journeys()
                                        .update(
                                                "jrn_x",
                                                UpdateJourneyRequest.builder().name("n").build(),
                                                RequestOptions.ifMatch(3)))
                .isInstanceOf(PreconditionFailedException.class);

        assertThat(engine.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void doesNotRetryPatchWithoutIfMatchOn503() {
        unavailable();

        assertThatThrownBy(
                        () ->
                                client.journeys()
                                        .update(
                                                "jrn_x",
                                                UpdateJourneyRequest.builder().name("n").build()))
                .isInstanceOf(EngineServerException.class);

        assertThat(engine.server.getRequestCount()).isEqualTo(1);
        assertThat(engine.sleeper.delays()).isEmpty();
    }

    @Test
    void doesNotRetryPatchWithoutIfMatchWhenConnectionRefused() throws IOException {
        engine.server.shutdown();

        assertThatThrownBy(
                        () ->
                                client.journeys()
                                        .update(
                                                "jrn_x",
                                                UpdateJourneyRequest.builder().name("n").build()))
                .isInstanceOf(EngineConnectionException.class);

        assertThat(engine.sleeper.delays()).isEmpty();
    }

    @Test
    void doesNotReplayPatchWithoutIfMatchWhenConnectionDropsAfterSending() {
        // A pooled connection that breaks after the PATCH went out: OkHttp alone would replay it.
        engine.json(200, Fixtures.JOURNEY_RESPONSE);
        client.journeys().get("jrn_x");
        engine.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        engine.json(200, Fixtures.JOURNEY_RESPONSE);

        assertThatThrownBy(
                        () ->
                                client.journeys()
                                        .update(
                                                "jrn_x",
                                                UpdateJourneyRequest.builder().name("n").build()))
                .isInstanceOf(EngineConnectionException.class);

        assertThat(engine.server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void retriesPatchWithIfMatch() {
        unavailable().json(200, Fixtures.JOURNEY_RESPONSE);

        client.journeys()
                .update(
                        "jrn_x",
                        UpdateJourneyRequest.builder().name("n").build(),
                        RequestOptions.ifMatch(6));

        assertThat(engine.take().getHeader("If-Match")).isEqualTo("\"6\"");
        assertThat(engine.take().getHeader("If-Match")).isEqualTo("\"6\"");
    }

    @Test
    void jitteredDelaysStayWithinTheExponentialCeiling() {
        EngineClient patient = engine.client(6);
        for (int i = 0; i < 7; i++) {
            unavailable();
        }

        assertThatThrownBy(() -> patient.journeys().list())
                .isInstanceOf(EngineServerException.class);

        List<Duration> delays = engine.sleeper.delays();
        assertThat(delays).hasSize(6);
        for (int attempt = 0; attempt < delays.size(); attempt++) {
            Duration ceiling = Duration.ofMillis(Math.min(5000, 200L * (1L << attempt)));
            assertThat(delays.get(attempt)).isBetween(Duration.ZERO, ceiling);
        }
        assertThat(RetryPolicy.ceiling(5)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void honoursRetryAfterSecondsUpToTheCap() {
        engine.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", "3"));
        engine.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", "120"));
        engine.json(200, "[]");

        client.journeys().list();

        assertThat(engine.sleeper.delays())
                .containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(5));
    }

    @Test
    void zeroRetriesMeansOneAttempt() {
        EngineClient once = engine.client(0);
        unavailable();

        assertThatThrownBy(() -> once.journeys().list()).isInstanceOf(EngineServerException.class);

        assertThat(engine.server.getRequestCount()).isEqualTo(1);
    }
}
