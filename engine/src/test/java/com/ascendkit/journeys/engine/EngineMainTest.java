package com.ascendkit.journeys.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.engine.api.ApiClient;
import com.ascendkit.journeys.engine.local.AppDirs;
import com.ascendkit.journeys.engine.local.Credentials;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class EngineMainTest {
    @TempDir Path dir;

    private Engine run(String clock) {
        return EngineMain.run(
                LaunchOptions.parse("--port", "0", "--clock", clock),
                new AppDirs(dir.resolve("data-" + clock), dir.resolve(clock + ".json")),
                LoggerFactory.getLogger(EngineMainTest.class));
    }

    private ApiClient api(Engine engine, String clock) {
        Credentials c = Credentials.read(dir.resolve(clock + ".json")).orElseThrow();
        return new ApiClient(engine.url(), c.secretKey());
    }

    @Test
    void simulatedClockStandsStillUntilAdvanced() {
        Engine engine = run("simulated");
        try {
            Instant start = engine.clock().instant();
            assertThat(engine.clock().instant()).isEqualTo(start);
            ApiClient.Response r =
                    api(engine, "simulated").post("/v1/dev/clock", "{\"advance\": \"1d\"}");
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            assertThat(r.json().get("now").asText())
                    .isEqualTo(start.plus(Duration.ofDays(1)).toString());
            assertThat(engine.clock().instant()).isEqualTo(start.plus(Duration.ofDays(1)));
        } finally {
            engine.stop();
        }
    }

    @Test
    void wallClockEngineHasNoDevClock() {
        Engine engine = run("wall");
        try {
            ApiClient.Response r =
                    api(engine, "wall").post("/v1/dev/clock", "{\"advance\": \"1d\"}");
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.errorMessage()).contains("wall clock");
        } finally {
            engine.stop();
        }
    }
}
