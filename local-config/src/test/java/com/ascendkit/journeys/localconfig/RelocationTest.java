package com.ascendkit.journeys.localconfig;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelocationTest {
    @TempDir Path root;

    @Test
    void usesTheEarlierDataDirectoryWhileOnlyItHoldsADatabase() throws Exception {
        Path roaming = root.resolve("Roaming");
        Path local = root.resolve("Local");
        LocalDirs windows =
                new LocalDirs(
                        Platform.WINDOWS,
                        Map.of("APPDATA", roaming.toString(), "LOCALAPPDATA", local.toString()));
        Path previous = windows.previousEngineDataDir().orElseThrow();
        Files.createDirectories(previous);
        Files.writeString(previous.resolve("journeys.mv.db"), "h2");

        assertThat(
                        Relocation.stayIfOnlyThere(
                                windows.engineDataDir(),
                                windows.previousEngineDataDir(),
                                "journeys.mv.db"))
                .isEqualTo(roaming.resolve("Journey Studio"));

        Files.createDirectories(windows.engineDataDir());
        assertThat(
                        Relocation.stayIfOnlyThere(
                                windows.engineDataDir(),
                                windows.previousEngineDataDir(),
                                "journeys.mv.db"))
                .isEqualTo(local.resolve("Journey Studio"));
    }

    @Test
    void takesTheNewPlaceWhenTheEarlierOneHoldsNoDatabase() throws Exception {
        Path previous = root.resolve("old");
        Files.createDirectories(previous);
        Files.writeString(previous.resolve("settings.json"), "{}");

        assertThat(
                        Relocation.stayIfOnlyThere(
                                root.resolve("new"), Optional.of(previous), "journeys.mv.db"))
                .isEqualTo(root.resolve("new"));
    }

    @Test
    void copiesTheEarlierSettingsOnceOwnerOnlyAndKeepsTheOld() throws Exception {
        LocalDirs mac = new LocalDirs(Platform.MACOS, Map.of("HOME", root.toString()));
        Path old = mac.previousStudioConfigDir().orElseThrow();
        Files.createDirectories(old);
        Files.writeString(old.resolve("settings.json"), "{\"theme\":\"dark\"}");
        Files.writeString(old.resolve("remote-keys"), "k=v");
        // The engine's data may already be in the new folder: it is not a reason to skip the copy.
        Files.createDirectories(mac.studioConfigDir());
        Files.writeString(mac.studioConfigDir().resolve("journeys.mv.db"), "h2");

        assertThat(
                        Relocation.copyIfMissing(
                                Optional.of(old), mac.studioConfigDir(), "settings.json"))
                .containsExactlyInAnyOrder(
                        mac.settingsFile(), mac.studioConfigDir().resolve("remote-keys"));

        assertThat(mac.settingsFile()).hasContent("{\"theme\":\"dark\"}");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(mac.settingsFile())))
                .isEqualTo("rw-------");
        assertThat(old.resolve("settings.json")).exists();

        Files.writeString(mac.settingsFile(), "{}");
        assertThat(
                        Relocation.copyIfMissing(
                                Optional.of(old), mac.studioConfigDir(), "settings.json"))
                .isEmpty();
        assertThat(mac.settingsFile()).hasContent("{}");
    }

    @Test
    void copiesNothingWithoutAnEarlierPlace() {
        assertThat(Relocation.copyIfMissing(Optional.empty(), root.resolve("new"), "settings.json"))
                .isEmpty();
        assertThat(
                        Relocation.copyIfMissing(
                                Optional.of(root.resolve("absent")),
                                root.resolve("new"),
                                "settings.json"))
                .isEmpty();
        assertThat(root.resolve("new")).doesNotExist();
    }
}
