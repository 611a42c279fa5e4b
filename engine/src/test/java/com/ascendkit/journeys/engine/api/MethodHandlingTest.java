package com.ascendkit.journeys.engine.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.engine.store.DatabaseConfig;
import com.ascendkit.journeys.engine.store.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The method a request is sent with is the one it gets, spelt exactly: no override header is
 * honoured, and a method a path does not take is a 405 listing the ones it does (issue 13, item 2).
 */
class MethodHandlingTest extends EngineTestBase {
    @Override
    protected DatabaseConfig database(Path tempDir) {
        return TestDatabases.h2(tempDir);
    }

    private RawHttp.Answer raw(String method, String path) {
        return RawHttp.send(
                engine.port(),
                method + " " + path + " HTTP/1.1",
                null,
                "Authorization: Bearer " + keys.secretKey());
    }

    @Test
    void doesNotDeleteWhenAGetCarriesAMethodOverride() {
        String id = createJourney("welcome");
        ApiClient.Response r = api.get(journey(id), "X-HTTP-Method-Override", "DELETE");
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.errorField()).isEqualTo("X-HTTP-Method-Override");
        assertThat(api.get(journey(id)).status()).isEqualTo(200);
    }

    @Test
    void refusesALowercaseMethodWith405() {
        String id = createJourney("welcome");
        RawHttp.Answer a = raw("get", journey(id));
        assertThat(a.status()).as(a.toString()).isEqualTo(405);
        assertThat(a.errorCode()).isEqualTo("method_not_allowed");
        assertThat(a.header("Allow")).isEqualTo("GET, HEAD, PATCH, DELETE");
    }

    @Test
    void doesNotDeleteWhenTheMethodIsLowercase() {
        String id = createJourney("welcome");
        raw("delete", journey(id));
        assertThat(api.get(journey(id)).status()).isEqualTo(200);
    }

    @Test
    void refusesAnUnknownMethodWith405AndAllow() {
        RawHttp.Answer a = raw("BREW", "/v1/journeys");
        assertThat(a.status()).as(a.toString()).isEqualTo(405);
        assertThat(a.errorCode()).isEqualTo("method_not_allowed");
        assertThat(a.header("Allow")).isEqualTo("GET, HEAD, POST");
    }

    @Test
    void refusesAKnownPathWithAnotherMethodWith405AndAllow() {
        String id = createJourney("welcome");
        ApiClient.Response r = api.put(journey(id), "{}");
        assertThat(r.status()).as(r.toString()).isEqualTo(405);
        assertThat(r.errorCode()).isEqualTo("method_not_allowed");
        assertThat(r.header("Allow")).hasValue("GET, HEAD, PATCH, DELETE");
    }

    @Test
    void listsOptionsInTheAllowOfTheTrackRoute() {
        ApiClient.Response r = api.get("/v1/events/track");
        assertThat(r.status()).as(r.toString()).isEqualTo(405);
        assertThat(r.header("Allow")).hasValue("POST, OPTIONS");
    }

    @Test
    void keepsAnsweringTheTrackPreflight() {
        ApiClient.Response r =
                api.withKey(null)
                        .send(
                                "OPTIONS",
                                "/v1/events/track",
                                null,
                                "Origin",
                                "https://shop.example",
                                "Access-Control-Request-Method",
                                "POST");
        assertThat(r.status()).as(r.toString()).isEqualTo(204);
        assertThat(r.header("Access-Control-Allow-Methods")).hasValue("POST, OPTIONS");
    }

    @Test
    void answersAnUnknownPathWith404WhateverTheMethod() {
        RawHttp.Answer a = raw("BREW", "/v1/no-such-route");
        assertThat(a.status()).as(a.toString()).isEqualTo(404);
        assertThat(a.errorCode()).isEqualTo("not_found");
    }
}
