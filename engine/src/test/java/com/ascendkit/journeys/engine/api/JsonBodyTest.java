package com.ascendkit.journeys.engine.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.engine.store.DatabaseConfig;
import com.ascendkit.journeys.engine.store.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A body is read only when it is declared as uncompressed JSON; anything else is a 415 that changes
 * nothing (issue 13, item 8).
 */
class JsonBodyTest extends EngineTestBase {
    private static final String JOURNEY =
            "{\"name\": \"Media\", \"entryEvent\": \"user.created\", \"entryNode\": \"welcome\"}";

    @Override
    protected DatabaseConfig database(Path tempDir) {
        return TestDatabases.h2(tempDir);
    }

    private RawHttp.Answer postJourney(String... headers) {
        String[] all = new String[headers.length + 1];
        all[0] = "Authorization: Bearer " + keys.secretKey();
        System.arraycopy(headers, 0, all, 1, headers.length);
        return RawHttp.send(engine.port(), "POST /v1/journeys HTTP/1.1", JOURNEY, all);
    }

    private int journeyCount() {
        return api.get("/v1/journeys").json().get("items").size();
    }

    private void assertRefused(RawHttp.Answer a, String field) {
        assertThat(a.status()).as(a.toString()).isEqualTo(415);
        assertThat(a.errorCode()).isEqualTo("unsupported_media_type");
        assertThat(a.json().path("error").path("field").asText()).isEqualTo(field);
    }

    @Test
    void refusesATextPlainBodyWith415AndCreatesNothing() {
        int before = journeyCount();
        assertRefused(postJourney("Content-Type: text/plain"), "Content-Type");
        assertThat(journeyCount()).isEqualTo(before);
    }

    @Test
    void refusesAFormBodyWith415() {
        assertRefused(
                postJourney("Content-Type: application/x-www-form-urlencoded"), "Content-Type");
    }

    @Test
    void refusesABodyWithoutContentTypeWith415() {
        assertRefused(postJourney(), "Content-Type");
    }

    @Test
    void refusesANonUtf8CharsetWith415() {
        assertRefused(
                postJourney("Content-Type: application/json; charset=iso-8859-1"), "Content-Type");
    }

    @Test
    void refusesAGzipEncodedBodyWith415AndCreatesNothing() {
        int before = journeyCount();
        assertRefused(
                postJourney("Content-Type: application/json", "Content-Encoding: gzip"),
                "Content-Encoding");
        assertThat(journeyCount()).isEqualTo(before);
    }

    @Test
    void acceptsJsonWithAUtf8Charset() {
        RawHttp.Answer a = postJourney("Content-Type: application/json; charset=UTF-8");
        assertThat(a.status()).as(a.toString()).isEqualTo(201);
    }

    @Test
    void acceptsJsonWithAnIdentityEncoding() {
        RawHttp.Answer a =
                postJourney("Content-Type: application/json", "Content-Encoding: identity");
        assertThat(a.status()).as(a.toString()).isEqualTo(201);
    }

    @Test
    void acceptsACallWithoutABodyOrContentType() {
        String id = createWiredJourney();
        RawHttp.Answer a =
                RawHttp.send(
                        engine.port(),
                        "POST " + journey(id) + "/pause HTTP/1.1",
                        null,
                        "Authorization: Bearer " + keys.secretKey(),
                        "Content-Length: 0");
        assertThat(a.status()).as(a.toString()).isNotEqualTo(415).isLessThan(500);
    }
}
