package com.ascendkit.journeys.engine.api.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.engine.Engine;
import com.ascendkit.journeys.engine.api.ApiClient;
import com.ascendkit.journeys.engine.local.Credentials;
import com.ascendkit.journeys.engine.local.LocalEngine;
import com.ascendkit.journeys.engine.store.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /v1/admin/environments} on an engine started as the launcher starts it ({@link
 * LocalEngine}), with the admin token it wrote to a real credentials file, over real HTTP.
 */
class AdminEnvironmentsTest {
    private static final String ROUTE = "/v1/admin/environments";

    @TempDir Path dir;
    private Engine engine;
    private Credentials credentials;

    @BeforeEach
    void start() {
        Path file = dir.resolve("config/ascendkit/credentials.json");
        engine =
                LocalEngine.start(
                        Engine.builder().database(TestDatabases.h2(dir.resolve("data"))).port(0),
                        file);
        credentials = Credentials.read(file).orElseThrow();
    }

    @AfterEach
    void stop() {
        engine.stop();
    }

    private ApiClient as(String token) {
        return new ApiClient(engine.url(), token);
    }

    @Test
    void createsAnEnvironmentWhoseKeysSeeNoneOfAnotherEnvironmentsJourneys() {
        ApiClient development = as(credentials.secretKey());
        assertThat(
                        development
                                .post(
                                        "/v1/journeys",
                                        "{\"name\": \"Onboarding\", \"entryEvent\": \"user.created\"}")
                                .status())
                .isEqualTo(201);

        ApiClient.Response created =
                as(credentials.adminToken()).post(ROUTE, "{\"name\": \"staging\"}");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("id").asText()).matches("env_[0-9A-Za-z]{12}");
        assertThat(created.json().get("name").asText()).isEqualTo("staging");
        assertThat(created.json().get("publishableKey").asText()).matches("pk_[0-9A-Za-z]{32}");
        String stagingKey = created.json().get("secretKey").asText();
        assertThat(stagingKey).matches("sk_[0-9A-Za-z]{32}");
        ApiClient staging = as(stagingKey);
        ApiClient.Response journeys = staging.get("/v1/journeys");
        assertThat(journeys.status()).isEqualTo(200);
        assertThat(journeys.json().get("items")).isEmpty();
        assertThat(staging.get("/v1/environment").json().get("name").asText()).isEqualTo("staging");
        assertThat(development.get("/v1/journeys").json().get("items")).hasSize(1);
    }

    @Test
    void refusesAMissingOrWrongTokenAndCreatesNothing() {
        String body = "{\"name\": \"staging\"}";
        String otherToken = "adm_" + "x".repeat(32);

        for (ApiClient.Response refused :
                new ApiClient.Response[] {
                    as(null).post(ROUTE, body),
                    as(otherToken).post(ROUTE, body),
                    as(credentials.secretKey()).post(ROUTE, body),
                    as(credentials.publishableKey()).post(ROUTE, body),
                    as(null).post(ROUTE, body, "Authorization", "Basic " + credentials.adminToken())
                }) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(401);
            assertThat(refused.errorCode()).isEqualTo("unauthorized");
            assertThat(refused.text()).doesNotContain(credentials.adminToken());
        }
        assertThat(as(credentials.secretKey()).post(ROUTE, body).errorMessage())
                .isEqualTo(
                        "not this engine's admin token: admin routes take the adminToken of the"
                                + " credentials file the engine's launcher wrote, not an API key");
        assertThat(engine.environments().exists("staging")).isFalse();
    }

    @Test
    void answersConflictForANameThatExists() {
        ApiClient admin = as(credentials.adminToken());
        assertThat(admin.post(ROUTE, "{\"name\": \"staging\"}").status()).isEqualTo(201);

        ApiClient.Response again = admin.post(ROUTE, "{\"name\": \"staging\"}");
        ApiClient.Response development = admin.post(ROUTE, "{\"name\": \"development\"}");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.errorCode()).isEqualTo("conflict");
        assertThat(again.errorField()).isEqualTo("name");
        assertThat(again.errorMessage()).isEqualTo("environment 'staging' already exists");
        assertThat(development.status()).isEqualTo(409);
        assertThat(again.json().has("secretKey")).isFalse();
    }

    @Test
    void refusesABadNameNamingTheFieldAndCreatesNothing() {
        ApiClient admin = as(credentials.adminToken());

        ApiClient.Response badName = admin.post(ROUTE, "{\"name\": \"Staging Two\"}");
        ApiClient.Response noName = admin.post(ROUTE, "{}");
        ApiClient.Response unknown = admin.post(ROUTE, "{\"name\": \"qa\", \"colour\": \"red\"}");

        assertThat(badName.status()).isEqualTo(400);
        assertThat(badName.errorField()).isEqualTo("name");
        assertThat(badName.errorMessage())
                .isEqualTo(
                        "invalid environment name 'Staging Two': use 1-64 lower-case letters,"
                                + " digits, '_' or '-'");
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.errorField()).isEqualTo("name");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorField()).isEqualTo("colour");
        assertThat(engine.environments().exists("qa")).isFalse();
    }

    @Test
    void anEngineGivenNoTokenAnswersTheRouteAsAnUnknownOne() {
        try (Engine bare =
                Engine.builder()
                        .database(TestDatabases.h2(dir.resolve("bare")))
                        .port(0)
                        .build()
                        .start()) {
            String key = bare.environments().create("development").secretKey();

            for (String token : new String[] {null, key, credentials.adminToken()}) {
                ApiClient.Response r =
                        new ApiClient(bare.url(), token).post(ROUTE, "{\"name\": \"staging\"}");
                assertThat(r.status()).as(r.toString()).isEqualTo(404);
                assertThat(r.errorCode()).isEqualTo("not_found");
                assertThat(r.errorMessage()).isEqualTo("no route POST " + ROUTE);
            }
            assertThat(bare.environments().exists("staging")).isFalse();
        }
    }
}
