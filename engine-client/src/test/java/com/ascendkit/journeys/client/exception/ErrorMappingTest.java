package com.ascendkit.journeys.client.exception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.ascendkit.journeys.client.EngineClient;
import com.ascendkit.journeys.client.Fixtures;
import com.ascendkit.journeys.client.MockEngine;
import com.ascendkit.journeys.model.JourneyStatus;
import java.io.IOException;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorMappingTest {
    private final MockEngine engine = new MockEngine();
    private final EngineClient client = engine.client(0);

    @AfterEach
    void stop() {
        engine.close();
    }

    @ParameterizedTest
    @CsvSource({
        "400, InvalidRequestException",
        "413, InvalidRequestException",
        "422, InvalidRequestException",
        "401, AuthenticationException",
        "403, PermissionException",
        "404, NotFoundException",
        "409, ConflictException",
        "412, PreconditionFailedException",
        "500, EngineServerException",
        "503, EngineServerException"
    })
    void mapsEachStatusToItsException(int status, String type) {
        engine.json(status, Fixtures.error("some_code", "it went wrong", null));

        EngineException e =
                catchThrowableOfType(EngineException.class, () -> client.journeys().get("jrn_x"));

        assertThat(e.getClass().getSimpleName()).isEqualTo(type);
        assertThat(e.status()).isEqualTo(status);
        assertThat(e.code()).isEqualTo("some_code");
        assertThat(e.getMessage()).isEqualTo("it went wrong");
    }

    @Test
    void carriesCodeMessageFieldAndRequestId() {
        engine.enqueue(
                new MockResponse()
                        .setResponseCode(400)
                        .setHeader("Request-Id", "req_123abc")
                        .setBody(
                                Fixtures.error(
                                        "invalid_request",
                                        "unknown node 'nowhere' in 'to'",
                                        "to")));

        InvalidRequestException e =
                catchThrowableOfType(
                        InvalidRequestException.class, () -> client.journeys().get("jrn_x"));

        assertThat(e.code()).isEqualTo("invalid_request");
        assertThat(e.getMessage()).isEqualTo("unknown node 'nowhere' in 'to'");
        assertThat(e.field()).contains("to");
        assertThat(e.requestId()).contains("req_123abc");
        assertThat(e.toString()).contains("req_123abc").doesNotContain(MockEngine.KEY);
    }

    @Test
    void toleratesNonJsonErrorBody() {
        engine.enqueue(
                new MockResponse()
                        .setResponseCode(502)
                        .setHeader("Content-Type", "text/html")
                        .setBody("<html><body>Bad Gateway</body></html>"));

        EngineServerException e =
                catchThrowableOfType(EngineServerException.class, () -> client.journeys().list());

        assertThat(e.code()).isEqualTo("server_error");
        assertThat(e.getMessage())
                .startsWith("HTTP 502 from GET http://")
                .contains("/v1/journeys")
                .contains("Bad Gateway");
        assertThat(e.field()).isEmpty();
        assertThat(e.requestId()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "400, invalid_request",
        "401, unauthorized",
        "403, forbidden",
        "404, not_found",
        "409, conflict",
        "412, precondition_failed",
        "413, payload_too_large",
        "500, internal_error",
        "502, server_error",
        "418, http_418"
    })
    void standsInTheEnginesCodeWhenTheBodyHasNone(int status, String code) {
        engine.enqueue(new MockResponse().setResponseCode(status));

        EngineException e =
                catchThrowableOfType(EngineException.class, () -> client.journeys().get("jrn_x"));

        assertThat(e.code()).isEqualTo(code);
    }

    @Test
    void toleratesEmptyErrorBody() {
        engine.enqueue(new MockResponse().setResponseCode(404));

        NotFoundException e =
                catchThrowableOfType(
                        NotFoundException.class, () -> client.journeys().get("jrn_gone"));

        assertThat(e.code()).isEqualTo("not_found");
        assertThat(e.getMessage()).contains("HTTP 404").contains("/v1/journeys/jrn_gone");
    }

    @Test
    void preconditionFailedCarriesTheCurrentJourney() {
        String body =
                Fixtures.JOURNEY_RESPONSE
                        .strip()
                        .replaceFirst(
                                "^\\{",
                                "{\"error\":{\"code\":\"precondition_failed\",\"message\":\"journey"
                                        + " is at version 7, not 5\"},");
        engine.json(412, body);

        PreconditionFailedException e =
                catchThrowableOfType(
                        PreconditionFailedException.class,
                        () -> client.journeys().activate("jrn_a1B2c3D4e5F6"));

        assertThat(e.getMessage()).isEqualTo("journey is at version 7, not 5");
        assertThat(e.currentJourney())
                .hasValueSatisfying(
                        j -> {
                            assertThat(j.version()).isEqualTo(7);
                            assertThat(j.status()).isEqualTo(JourneyStatus.DRAFT);
                        });
        assertThat(e.current()).hasValueSatisfying(r -> assertThat(r.warnings()).hasSize(3));
    }

    @Test
    void preconditionFailedWithoutJourneyHasNoCurrent() {
        engine.json(412, Fixtures.error("precondition_failed", "stale", null));

        PreconditionFailedException e =
                catchThrowableOfType(
                        PreconditionFailedException.class, () -> client.journeys().pause("jrn_x"));

        assertThat(e.current()).isEmpty();
    }

    @Test
    void connectionFailureNamesTheUrlTried() throws IOException {
        String url = engine.server.url("/").toString();
        engine.server.shutdown();

        assertThatThrownBy(() -> client.journeys().get("jrn_x"))
                .isInstanceOf(EngineConnectionException.class)
                .hasMessageContaining(
                        "could not reach the engine at GET " + url + "v1/journeys/jrn_x")
                .satisfies(e -> assertThat(((EngineException) e).status()).isZero());
    }
}
