package com.ascendkit.journeys.client.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascendkit.journeys.localconfig.Platform;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CredentialsFileTest {
    static final String SK_DEV = "sk_devDEVdevDEVdevDEVdevDEVdevDE1234";
    static final String SK_PROD = "sk_prodPRODprodPRODprodPRODprod9876";
    static final String JSON =
            """
            {"url": "http://127.0.0.1:8080", "environment": "dev",
             "secretKey": "%s", "publishableKey": "pk_devDEVdevDEVdevDEVdevDEVdevDEabcd",
             "environments": {
               "prod": {"secretKey": "%s", "publishableKey": "pk_prodPRODprodPRODprodPRODprod5555",
                        "url": "https://journeys.example.com"},
               "staging": {"secretKey": "sk_stagingSTAGINGstagingSTAGINGst0000"}
             }}
            """
                    .formatted(SK_DEV, SK_PROD);

    private final Path path = Path.of("/home/ada/.config/ascendkit/credentials.json");

    @Test
    void linuxUsesXdgConfigHome() {
        assertThat(
                        CredentialsFile.location(
                                Map.of("XDG_CONFIG_HOME", "/xdg", "HOME", "/home/ada"),
                                Platform.LINUX))
                .contains(Path.of("/xdg/ascendkit/credentials.json"));
    }

    @Test
    void linuxFallsBackToHomeDotConfig() {
        assertThat(CredentialsFile.location(Map.of("HOME", "/home/ada"), Platform.LINUX))
                .contains(Path.of("/home/ada/.config/ascendkit/credentials.json"));
    }

    @Test
    void linuxIgnoresRelativeXdgConfigHome() {
        assertThat(
                        CredentialsFile.location(
                                Map.of("XDG_CONFIG_HOME", "relative", "HOME", "/home/ada"),
                                Platform.LINUX))
                .contains(Path.of("/home/ada/.config/ascendkit/credentials.json"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertThat(CredentialsFile.location(Map.of("HOME", "/Users/ada"), Platform.MACOS))
                .contains(
                        Path.of(
                                "/Users/ada/Library/Application Support/ascendkit/credentials.json"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(
                        CredentialsFile.location(
                                Map.of("APPDATA", "C:/Users/ada/AppData/Roaming"),
                                Platform.WINDOWS))
                .contains(Path.of("C:/Users/ada/AppData/Roaming", "ascendkit", "credentials.json"));
    }

    @Test
    void noLocationWithoutHome() {
        assertThat(CredentialsFile.location(Map.of(), Platform.LINUX)).isEmpty();
    }

    @Test
    void topLevelKeysAreTheDefaultEnvironment() {
        CredentialsFile file = CredentialsFile.parse(path, JSON);

        EnvironmentCredentials dev = file.environment(null);

        assertThat(dev.name()).isEqualTo("dev");
        assertThat(dev.secretKey()).isEqualTo(SK_DEV);
        assertThat(file.environment("dev")).isEqualTo(dev);
        assertThat(file.environmentNames()).containsExactly("dev", "prod", "staging");
    }

    @Test
    void selectsAnotherEnvironmentByName() {
        CredentialsFile file = CredentialsFile.parse(path, JSON);

        assertThat(file.environment("prod").secretKey()).isEqualTo(SK_PROD);
        assertThat(file.environment("prod").url()).isEqualTo("https://journeys.example.com");
        assertThat(file.environment("staging").url()).isEqualTo("http://127.0.0.1:8080");
    }

    @Test
    void unknownEnvironmentListsTheKnownOnes() {
        CredentialsFile file = CredentialsFile.parse(path, JSON);

        assertThatThrownBy(() -> file.environment("qa"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown environment 'qa'")
                .hasMessageContaining("dev, prod, staging");
    }

    @Test
    void malformedFileNamesThePlaceButNotTheContent() {
        String broken = "{\"secretKey\": \"" + SK_DEV + "\" \"oops\"}";

        assertThatThrownBy(() -> CredentialsFile.parse(path, broken))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(path.toString())
                .hasMessageContaining("line 1")
                .hasMessageNotContaining(SK_DEV)
                .hasMessageNotContaining("1234");
    }

    @Test
    void nonStringKeyIsRejectedByField() {
        assertThatThrownBy(() -> CredentialsFile.parse(path, "{\"secretKey\": 42}"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'secretKey' must be a string");
    }

    @Test
    void toStringsMaskKeys() {
        CredentialsFile file = CredentialsFile.parse(path, JSON);

        assertThat(file.environment("prod").toString())
                .contains("sk_…9876")
                .contains("pk_…5555")
                .doesNotContain(SK_PROD);
    }
}
