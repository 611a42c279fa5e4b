package com.ascendkit.journeys.studio.connection.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RemoteKeysTest {
    private static final String KEY = "sk_test_4f9c2a7d1e";
    @TempDir Path dir;

    @Test
    void theFileFallbackIsReadableByTheUserOnlyAndGivesTheKeyBack() throws Exception {
        Path file = dir.resolve("conf").resolve("remote-keys");
        RemoteKeys keys = RemoteKeys.file(file);

        keys.store("https://engine.example.com:7070/", KEY);

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(FileBackend.OWNER_ONLY);
        assertThat(RemoteKeys.file(file).lookup("https://engine.example.com:7070")).contains(KEY);
        assertThat(keys.lookup("https://other.example.com")).isEmpty();
    }

    @Test
    void forgettingAnEngineRemovesOnlyItsKey() {
        RemoteKeys keys = RemoteKeys.file(dir.resolve("remote-keys"));
        keys.store("https://a.example.com", KEY);
        keys.store("https://b.example.com", "sk_test_b");

        keys.forget("https://a.example.com");

        assertThat(keys.lookup("https://a.example.com")).isEmpty();
        assertThat(keys.lookup("https://b.example.com")).contains("sk_test_b");
    }

    @Test
    void whereNoKeychainServiceRunsTheKeysGoToTheFile() {
        assumeTrue(
                System.getProperty("os.name").startsWith("Linux")
                        && System.getenv("DBUS_SESSION_BUS_ADDRESS") == null,
                "a Secret Service may run here");
        Path file = dir.resolve("remote-keys");

        RemoteKeys keys = RemoteKeys.system(file);
        keys.store("https://engine.example.com", KEY);

        assertThat(keys.where()).startsWith(file.toString());
        assertThat(file).exists();
    }

    @Test
    void theKeyIsNeverInTheDescription() {
        RemoteKeys keys = RemoteKeys.file(dir.resolve("remote-keys"));
        keys.store("https://engine.example.com", KEY);

        assertThat(keys.toString()).doesNotContain(KEY);
        assertThat(keys.where()).doesNotContain(KEY);
    }
}
