package com.ascendkit.journeys.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.ascendkit.journeys.client.EngineClient;
import com.ascendkit.journeys.client.admin.CreatedEnvironment;
import com.ascendkit.journeys.client.exception.AuthenticationException;
import com.ascendkit.journeys.client.exception.ConflictException;
import com.ascendkit.journeys.client.exception.NotFoundException;
import com.ascendkit.journeys.engine.Engine;
import com.ascendkit.journeys.engine.store.DatabaseConfig;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code admin().createEnvironment} against a real engine given an admin token, over HTTP. */
class AdminE2ETest {
    private static final String TOKEN = "adm_0123456789abcdefghijABCDEFGHIJ01";

    @TempDir Path dir;

    private static EngineClient client(Engine engine, String key) {
        return EngineClient.builder().baseUrl(engine.url()).apiKey(key).maxRetries(0).build();
    }

    @Test
    void createsAnEnvironmentWhoseKeysWorkAndRefusesItsNameAgain() {
        try (Engine engine =
                Engine.builder()
                        .database(DatabaseConfig.embedded(dir))
                        .adminToken(TOKEN)
                        .port(0)
                        .build()
                        .start()) {
            EngineClient admin = client(engine, TOKEN);

            CreatedEnvironment created = admin.admin().createEnvironment("staging");

            assertThat(created.id()).startsWith("env_");
            assertThat(created.name()).isEqualTo("staging");
            assertThat(created.publishableKey()).startsWith("pk_");
            assertThat(created.toString())
                    .doesNotContain(created.secretKey(), created.publishableKey());
            assertThat(client(engine, created.secretKey()).environment().get().name())
                    .isEqualTo("staging");
            ConflictException again =
                    catchThrowableOfType(
                            ConflictException.class,
                            () -> admin.admin().createEnvironment("staging"));
            assertThat(again.field()).contains("name");
            assertThat(
                            catchThrowableOfType(
                                    AuthenticationException.class,
                                    () ->
                                            client(engine, created.secretKey())
                                                    .admin()
                                                    .createEnvironment("qa")))
                    .isNotNull();
        }
    }

    @Test
    void anEngineWithoutATokenAnswersNotFound() {
        try (Engine engine =
                Engine.builder().database(DatabaseConfig.embedded(dir)).port(0).build().start()) {
            assertThat(
                            catchThrowableOfType(
                                    NotFoundException.class,
                                    () -> client(engine, TOKEN).admin().createEnvironment("qa")))
                    .hasMessageContaining("no route POST /v1/admin/environments");
        }
    }
}
