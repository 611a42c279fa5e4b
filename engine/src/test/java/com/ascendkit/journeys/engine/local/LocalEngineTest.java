package com.ascendkit.journeys.engine.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.engine.Engine;
import com.ascendkit.journeys.engine.api.ApiClient;
import com.ascendkit.journeys.engine.store.EngineJson;
import com.ascendkit.journeys.engine.store.TestDatabases;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalEngineTest {
    private static final String ADMIN = "/v1/admin/environments";

    @TempDir Path dir;

    private Path credentials() {
        return dir.resolve("config/ascendkit/credentials.json");
    }

    private Engine start() {
        return LocalEngine.start(
                Engine.builder().database(TestDatabases.h2(dir.resolve("data"))).port(0),
                credentials());
    }

    @Test
    void writesWorkingDevelopmentKeysOwnerOnlyOnFirstStart() throws IOException {
        try (Engine engine = start()) {
            JsonNode c = EngineJson.mapper().readTree(credentials().toFile());
            assertThat(c.get("url").asText()).isEqualTo(engine.url());
            assertThat(c.get("environment").asText()).isEqualTo("development");
            assertThat(c.get("secretKey").asText()).matches("sk_[0-9A-Za-z]{32}");
            assertThat(c.get("publishableKey").asText()).matches("pk_[0-9A-Za-z]{32}");
            assertThat(c.at("/environments/development/secretKey")).isEqualTo(c.get("secretKey"));
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials())))
                    .isEqualTo("rw-------");
            assertThat(
                            PosixFilePermissions.toString(
                                    Files.getPosixFilePermissions(credentials().getParent())))
                    .isEqualTo("rwx------");
            ApiClient client = new ApiClient(engine.url(), c.get("secretKey").asText());
            assertThat(client.get("/v1/environment").json().get("name").asText())
                    .isEqualTo("development");
        }
    }

    @Test
    void keepsTheKeysOnALaterStart() throws IOException {
        String first;
        Engine running = start();
        try {
            first = EngineJson.mapper().readTree(credentials().toFile()).get("secretKey").asText();
        } finally {
            running.stop();
        }
        try (Engine engine = start()) {
            JsonNode c = EngineJson.mapper().readTree(credentials().toFile());
            assertThat(c.get("secretKey").asText()).isEqualTo(first);
            assertThat(c.get("url").asText()).isEqualTo(engine.url());
        }
    }

    @Test
    void issuesNewWorkingKeysWhenTheFileIsMissing() throws IOException {
        String first;
        Engine running = start();
        try {
            first = EngineJson.mapper().readTree(credentials().toFile()).get("secretKey").asText();
        } finally {
            running.stop();
        }
        Files.delete(credentials());
        try (Engine engine = start()) {
            String second =
                    EngineJson.mapper().readTree(credentials().toFile()).get("secretKey").asText();
            assertThat(second).isNotEqualTo(first);
            assertThat(new ApiClient(engine.url(), second).get("/v1/journeys").status())
                    .isEqualTo(200);
        }
    }

    @Test
    void makesAWorldReadableFileOwnerOnlyAgain() throws IOException {
        start().stop();
        Files.setPosixFilePermissions(credentials(), PosixFilePermissions.fromString("rw-r--r--"));
        Engine running = start();
        try {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials())))
                    .isEqualTo("rw-------");
        } finally {
            running.stop();
        }
    }

    @Test
    void addsAnotherEnvironmentKeepingTheDefault() throws IOException {
        try (Engine engine = start()) {
            String devKey =
                    EngineJson.mapper().readTree(credentials().toFile()).get("secretKey").asText();
            LocalEngine.createEnvironment(engine, "staging", credentials());
            JsonNode c = EngineJson.mapper().readTree(credentials().toFile());
            assertThat(c.get("secretKey").asText()).isEqualTo(devKey);
            String stagingKey = c.at("/environments/staging/secretKey").asText();
            JsonNode staging =
                    new ApiClient(engine.url(), stagingKey).get("/v1/environment").json();
            assertThat(staging.get("name").asText()).isEqualTo("staging");
        }
        Engine running = start();
        try {
            JsonNode c = EngineJson.mapper().readTree(credentials().toFile());
            assertThat(c.get("environments").has("staging")).isTrue();
        } finally {
            running.stop();
        }
    }

    @Test
    void writesANewAdminTokenOnEveryStartThatOnlyThatEngineTakes() throws IOException {
        String first;
        Engine running = start();
        try {
            first = Credentials.read(credentials()).orElseThrow().adminToken();
            assertThat(first).matches("adm_[0-9A-Za-z]{32}");
        } finally {
            running.stop();
        }
        try (Engine engine = start()) {
            String second = Credentials.read(credentials()).orElseThrow().adminToken();
            assertThat(second).matches("adm_[0-9A-Za-z]{32}").isNotEqualTo(first);
            String body = "{\"name\": \"staging\"}";
            assertThat(new ApiClient(engine.url(), first).post(ADMIN, body).status())
                    .isEqualTo(401);
            assertThat(new ApiClient(engine.url(), second).post(ADMIN, body).status())
                    .isEqualTo(201);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials())))
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void keepsTheAdminTokenWhenAnEnvironmentIsAdded() throws IOException {
        try (Engine engine = start()) {
            String token = Credentials.read(credentials()).orElseThrow().adminToken();
            LocalEngine.createEnvironment(engine, "staging", credentials());
            assertThat(Credentials.read(credentials()).orElseThrow().adminToken()).isEqualTo(token);
        }
    }

    @Test
    void hidesKeysFromToString() throws IOException {
        Engine running = start();
        try {
            Credentials c = Credentials.read(credentials()).orElseThrow();
            assertThat(c.toString())
                    .doesNotContain(c.secretKey(), c.publishableKey(), c.adminToken());
        } finally {
            running.stop();
        }
    }

    @Test
    void refusesASecondEngineProcessOnTheSameDataDirectory() throws Exception {
        Engine running = start();
        try {
            String java = ProcessHandle.current().info().command().orElse("java");
            Process other =
                    new ProcessBuilder(
                                    java,
                                    "-cp",
                                    System.getProperty("java.class.path"),
                                    "com.ascendkit.journeys.engine.EngineMain",
                                    "--port",
                                    "0",
                                    "--data",
                                    dir.resolve("data").toString(),
                                    "--credentials",
                                    dir.resolve("other.json").toString())
                            .redirectErrorStream(true)
                            .start();
            String output = new String(other.getInputStream().readAllBytes());
            assertThat(other.waitFor()).isEqualTo(1);
            assertThat(output)
                    .contains(
                            "an engine is already running on "
                                    + dir.resolve("data").toAbsolutePath())
                    .doesNotContain("Exception");
        } finally {
            running.stop();
        }
    }
}
