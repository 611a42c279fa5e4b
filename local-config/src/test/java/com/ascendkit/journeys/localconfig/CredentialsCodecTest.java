package com.ascendkit.journeys.localconfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CredentialsCodecTest {
    private static final Path PATH = Path.of("/home/ada/.config/ascendkit/credentials.json");
    private static final String SK = "sk_devDEVdevDEVdevDEVdevDEVde0001";

    private static CredentialsDocument full() {
        Map<String, CredentialsDocument.EnvironmentKeys> named = new LinkedHashMap<>();
        named.put("development", new CredentialsDocument.EnvironmentKeys(null, SK, "pk_dev0001"));
        named.put(
                "prod",
                new CredentialsDocument.EnvironmentKeys(
                        "https://journeys.example.com", "sk_prod0002", "pk_prod0002"));
        return new CredentialsDocument(
                "http://127.0.0.1:8765", "development", SK, "pk_dev0001", named, "at_0003");
    }

    @Test
    void readsBackWhatItWrites() {
        CredentialsDocument d = full();
        assertThat(CredentialsCodec.parse(PATH, CredentialsCodec.format(d))).isEqualTo(d);
    }

    @Test
    void writesTheFieldsInTheFilesOrderAndLeavesAbsentOnesOut() {
        String json =
                CredentialsCodec.format(
                        CredentialsDocument.EMPTY.withEnvironment(
                                "staging",
                                new CredentialsDocument.EnvironmentKeys(null, "sk_s", "pk_s")));
        assertThat(json)
                .isEqualTo(
                        """
                        {
                          "environments" : {
                            "staging" : {
                              "secretKey" : "sk_s",
                              "publishableKey" : "pk_s"
                            }
                          }
                        }
                        """);
        assertThat(CredentialsCodec.format(full()))
                .containsSubsequence(
                        "\"url\"",
                        "\"environment\"",
                        "\"secretKey\"",
                        "\"publishableKey\"",
                        "\"environments\"",
                        "\"development\"",
                        "\"prod\"",
                        "\"adminToken\"");
    }

    @Test
    void readsBlankValuesAsAbsentAndIgnoresUnknownFields() {
        CredentialsDocument d =
                CredentialsCodec.parse(
                        PATH, "{\"url\": \" \", \"secretKey\": \"sk_1\", \"theme\": \"dark\"}");
        assertThat(d.url()).isNull();
        assertThat(d.secretKey()).isEqualTo("sk_1");
        assertThat(d.environments()).isEmpty();
    }

    @Test
    void namesThePlaceOfBadJsonButNotTheContent() {
        assertThatThrownBy(() -> CredentialsCodec.parse(PATH, "{\"secretKey\": \"" + SK + "\" x"))
                .isInstanceOf(CredentialsFormatException.class)
                .hasMessageContaining(PATH.toString())
                .hasMessageContaining("line 1")
                .hasMessageNotContaining(SK);
    }

    @Test
    void namesTheFieldOfAWrongType() {
        assertThatThrownBy(() -> CredentialsCodec.parse(PATH, "{\"adminToken\": 7}"))
                .hasMessage("credentials file " + PATH + ": 'adminToken' must be a string");
        assertThatThrownBy(() -> CredentialsCodec.parse(PATH, "{\"environments\": []}"))
                .hasMessage("credentials file " + PATH + ": 'environments' must be an object");
        assertThatThrownBy(() -> CredentialsCodec.parse(PATH, "{\"environments\": {\"a\": 1}}"))
                .hasMessage("credentials file " + PATH + ": 'environments.a' must be an object");
        assertThatThrownBy(() -> CredentialsCodec.parse(PATH, "[]"))
                .hasMessage("credentials file " + PATH + " must hold a JSON object");
    }

    @Test
    void toStringHidesKeysAndToken() {
        assertThat(full().toString()).doesNotContain(SK, "pk_dev0001", "sk_prod0002", "at_0003");
        assertThat(full().environments().get("prod").toString()).doesNotContain("sk_prod0002");
    }
}
