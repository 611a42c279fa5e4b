package com.ascendkit.journeys.engine.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.engine.store.DatabaseConfig;
import com.ascendkit.journeys.engine.store.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Requests the engine cannot parse are a 4xx in the contract's JSON shape, whether the engine's
 * handlers refuse them or Jetty does before any handler runs (issue 13, items 1 and 6).
 */
class MalformedRequestTest extends EngineTestBase {
    @Override
    protected DatabaseConfig database(Path tempDir) {
        return TestDatabases.h2(tempDir);
    }

    private RawHttp.Answer get(String target, String... headers) {
        return RawHttp.send(engine.port(), "GET " + target + " HTTP/1.1", null, withKey(headers));
    }

    private String[] withKey(String... headers) {
        String[] all = new String[headers.length + 1];
        all[0] = "Authorization: Bearer " + keys.secretKey();
        System.arraycopy(headers, 0, all, 1, headers.length);
        return all;
    }

    private static void assertJsonError(RawHttp.Answer a, int status, String code) {
        assertThat(a.status()).as(a.toString()).isEqualTo(status);
        assertThat(a.header("Content-Type")).as(a.toString()).startsWith("application/json");
        assertThat(a.errorCode()).as(a.toString()).isEqualTo(code);
        assertThat(a.json().path("error").path("message").asText()).isNotBlank();
    }

    @Test
    void refusesAPercentUEscapeInAPathParameterWith400() {
        RawHttp.Answer a = get("/v1/journeys/%u0041");
        assertJsonError(a, 400, "invalid_request");
        assertThat(a.json().path("error").path("field").asText()).isEqualTo("id");
    }

    @Test
    void refusesAPercentUEscapeInANestedPathParameterWith400() {
        String id = createJourney("welcome");
        RawHttp.Answer a =
                RawHttp.send(
                        engine.port(),
                        "DELETE /v1/journeys/" + id + "/nodes/%u0041 HTTP/1.1",
                        null,
                        withKey());
        assertJsonError(a, 400, "invalid_request");
        assertThat(a.json().path("error").path("field").asText()).isEqualTo("name");
    }

    @Test
    void refusesANonHexEscapeInThePathWithAJson400() {
        assertJsonError(get("/v1/journeys/%zz"), 400, "invalid_request");
    }

    @Test
    void refusesATruncatedEscapeInThePathWithAJson400() {
        assertJsonError(get("/v1/journeys/abc%"), 400, "invalid_request");
    }

    @Test
    void refusesABadEscapeInTheQueryWithAJson400() {
        RawHttp.Answer a = get("/v1/journeys?status=%u0041");
        assertJsonError(a, 400, "invalid_request");
        assertThat(a.json().path("error").path("field").asText()).isEqualTo("status");
    }

    @Test
    void refusesAControlCharacterInTheRequestLineWithAJson400() {
        assertJsonError(get("/v1/journeys/a\u0001b"), 400, "invalid_request");
    }

    @Test
    void refusesAControlCharacterInAHeaderWithAJson400() {
        assertJsonError(get("/v1/health", "X-Note: a\u0001b"), 400, "invalid_request");
    }

    @Test
    void refusesAnOverlongUriWithAJson414() {
        assertJsonError(get("/v1/journeys/" + "a".repeat(20_000)), 414, "uri_too_long");
    }

    @Test
    void refusesOverlargeHeadersWithAJson431() {
        assertJsonError(
                get("/v1/health", "X-Padding: " + "a".repeat(20_000)), 431, "headers_too_large");
    }

    @Test
    void refusesAnUnsupportedHttpVersionWithAJsonError() {
        RawHttp.Answer a = RawHttp.send(engine.port(), "GET /v1/health HTTP/9.9", null);
        assertJsonError(a, 505, "invalid_request");
    }

    @Test
    void refusesAnInvalidContentLengthWithAJson400() {
        RawHttp.Answer a =
                RawHttp.send(engine.port(), "GET /v1/health HTTP/1.1", null, "Content-Length: abc");
        assertJsonError(a, 400, "invalid_request");
        assertThat(a.header("Request-Id")).startsWith("req_");
    }

    @Test
    void refusesAMalformedChunkedBodyWithAJson400() {
        RawHttp.Answer a =
                RawHttp.exchange(
                        engine.port(),
                        "POST /v1/journeys HTTP/1.1\r\n"
                                + "Host: 127.0.0.1\r\n"
                                + "Connection: close\r\n"
                                + "Authorization: Bearer "
                                + keys.secretKey()
                                + "\r\n"
                                + "Content-Type: application/json\r\n"
                                + "Transfer-Encoding: chunked\r\n\r\n"
                                + "zz\r\n{}\r\n0\r\n\r\n");
        assertJsonError(a, 400, "invalid_request");
    }

    @Test
    void keepsAnsweringAfterRefusingAMalformedRequest() {
        get("/v1/journeys/%u0041");
        RawHttp.Answer health = get("/v1/health");
        assertThat(health.status()).as(health.toString()).isEqualTo(200);
    }
}
