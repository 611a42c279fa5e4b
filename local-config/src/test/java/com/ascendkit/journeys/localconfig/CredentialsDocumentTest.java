package com.ascendkit.journeys.localconfig;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsDocumentTest {
    @TempDir Path home;

    @Test
    void writesAnOwnerOnlyFileInAnOwnerOnlyDirectoryAndReadsItBack() throws Exception {
        Path file = home.resolve(".config/ascendkit/credentials.json");
        CredentialsDocument d =
                CredentialsDocument.EMPTY.withEnvironment(
                        "dev", new CredentialsDocument.EnvironmentKeys(null, "sk_1", "pk_1"));

        d.write(file);

        assertThat(CredentialsDocument.read(file)).contains(d);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                .isEqualTo("rwx------");
        assertThat(file.resolveSibling("credentials.json.tmp")).doesNotExist();
    }

    @Test
    void keepsAnotherEnvironmentsOwnUrlWhenOneIsAdded() {
        Path file = home.resolve("credentials.json");
        CredentialsDocument.EMPTY
                .withEnvironment(
                        "prod",
                        new CredentialsDocument.EnvironmentKeys("https://prod", "sk_p", "pk_p"))
                .write(file);

        CredentialsDocument.read(file)
                .orElseThrow()
                .withEnvironment(
                        "staging", new CredentialsDocument.EnvironmentKeys(null, "sk_s", "pk_s"))
                .write(file);

        CredentialsDocument back = CredentialsDocument.read(file).orElseThrow();
        assertThat(back.environments().get("prod").url()).isEqualTo("https://prod");
        assertThat(back.environments()).containsOnlyKeys("prod", "staging");
    }

    @Test
    void readsNothingWhereThereIsNoFile() {
        assertThat(CredentialsDocument.read(home.resolve("none.json"))).isEmpty();
    }
}
