package com.ascendkit.journeys.client.config;

import static com.ascendkit.journeys.client.config.CredentialsFileTest.JSON;
import static com.ascendkit.journeys.client.config.CredentialsFileTest.SK_DEV;
import static com.ascendkit.journeys.client.config.CredentialsFileTest.SK_PROD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascendkit.journeys.client.EngineClient;
import com.ascendkit.journeys.localconfig.Platform;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Precedence: environment variables over the file; the file's default over nothing. */
class ClientConfigTest {
    @TempDir Path home;
    private final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void writeCredentials() throws Exception {
        Path file = home.resolve(".config/ascendkit/credentials.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, JSON);
        env.put("HOME", home.toString());
    }

    @Test
    void readsTheFilesDefaultEnvironment() {
        ClientConfig config = ClientConfig.resolve(env, Platform.LINUX, null);

        assertThat(config.url()).isEqualTo("http://127.0.0.1:8080");
        assertThat(config.environment()).isEqualTo("dev");
        assertThat(config.requireSecretKey()).isEqualTo(SK_DEV);
        assertThat(config.source()).isEqualTo(home.resolve(".config/ascendkit/credentials.json"));
    }

    @Test
    void selectsAnEnvironmentByName() {
        ClientConfig config = ClientConfig.resolve(env, Platform.LINUX, "prod");

        assertThat(config.secretKey()).isEqualTo(SK_PROD);
        assertThat(config.url()).isEqualTo("https://journeys.example.com");
    }

    @Test
    void environmentVariablesWinOverTheFile() {
        env.put("ASCENDKIT_URL", "http://localhost:9999");
        env.put("ASCENDKIT_SECRET_KEY", "sk_envENVenvENVenvENVenvENVenvENVzzzz");

        ClientConfig config = ClientConfig.resolve(env, Platform.LINUX, "prod");

        assertThat(config.url()).isEqualTo("http://localhost:9999");
        assertThat(config.secretKey()).isEqualTo("sk_envENVenvENVenvENVenvENVenvENVzzzz");
    }

    @Test
    void environmentVariablesAloneSuffice() {
        Map<String, String> only =
                Map.of(
                        "ASCENDKIT_URL", "http://localhost:9999",
                        "ASCENDKIT_SECRET_KEY", "sk_envENVenvENVenvENVenvENVenvENVzzzz");

        ClientConfig config = ClientConfig.resolve(only, Platform.LINUX, null);

        assertThat(config.source()).isNull();
        assertThat(config.requireUrl()).isEqualTo("http://localhost:9999");
    }

    @Test
    void xdgConfigHomeIsReadFromTheEnvironmentNotUserHome() throws Exception {
        Path xdg = home.resolve("xdg");
        Files.createDirectories(xdg.resolve("ascendkit"));
        Files.writeString(
                xdg.resolve("ascendkit/credentials.json"),
                "{\"url\":\"http://xdg:1\",\"secretKey\":\"sk_xdgXDGxdgXDGxdgXDGxdgXDGxdgXDG0001\"}");
        env.put("XDG_CONFIG_HOME", xdg.toString());

        assertThat(ClientConfig.resolve(env, Platform.LINUX, null).url()).isEqualTo("http://xdg:1");
    }

    @Test
    void missingKeySaysHowToGiveOne() {
        ClientConfig config = ClientConfig.resolve(Map.of(), Platform.LINUX, null);

        assertThatThrownBy(config::requireSecretKey)
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("ASCENDKIT_SECRET_KEY");
        assertThatThrownBy(config::requireUrl).hasMessageContaining("ASCENDKIT_URL");
    }

    @Test
    void namedEnvironmentWithoutAFileFails() {
        assertThatThrownBy(
                        () ->
                                ClientConfig.resolve(
                                        Map.of("HOME", "/nonexistent"), Platform.LINUX, "prod"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("environment 'prod'")
                .hasMessageContaining("/nonexistent/.config/ascendkit/credentials.json");
    }

    @Test
    void toStringMasksKeys() {
        String shown = ClientConfig.resolve(env, Platform.LINUX, null).toString();

        assertThat(shown).contains("sk_…1234").doesNotContain(SK_DEV).doesNotContain("pk_devDEV");
    }

    @Test
    void buildsAClientFromTheConfig() {
        EngineClient client =
                EngineClient.builder()
                        .config(ClientConfig.resolve(env, Platform.LINUX, null))
                        .build();

        assertThat(client.baseUrl()).isEqualTo("http://127.0.0.1:8080/");
        assertThat(client.toString()).doesNotContain(SK_DEV);
    }
}
