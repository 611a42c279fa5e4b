package com.ascendkit.journeys.engine.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppDirsTest {

    @Test
    void usesXdgDirectoriesOnLinux() {
        AppDirs d =
                AppDirs.of(
                        "Linux",
                        Map.of(
                                "HOME",
                                "/home/ann",
                                "XDG_DATA_HOME",
                                "/d",
                                "XDG_CONFIG_HOME",
                                "/c"));
        assertThat(d.dataDir()).isEqualTo(Path.of("/d/journey-studio"));
        assertThat(d.credentialsFile()).isEqualTo(Path.of("/c/ascendkit/credentials.json"));
    }

    @Test
    void fallsBackToHomeWithoutXdgVariables() {
        AppDirs d = AppDirs.of("Linux", Map.of("HOME", "/home/ann"));
        assertThat(d.dataDir()).isEqualTo(Path.of("/home/ann/.local/share/journey-studio"));
        assertThat(d.credentialsFile())
                .isEqualTo(Path.of("/home/ann/.config/ascendkit/credentials.json"));
    }

    @Test
    void ignoresARelativeXdgDirectory() {
        AppDirs d = AppDirs.of("Linux", Map.of("HOME", "/home/ann", "XDG_DATA_HOME", "rel"));
        assertThat(d.dataDir()).isEqualTo(Path.of("/home/ann/.local/share/journey-studio"));
    }

    @Test
    void usesApplicationSupportOnMacOs() {
        AppDirs d = AppDirs.of("Mac OS X", Map.of("HOME", "/Users/ann"));
        assertThat(d.dataDir())
                .isEqualTo(Path.of("/Users/ann/Library/Application Support/Journey Studio"));
        assertThat(d.credentialsFile())
                .isEqualTo(
                        Path.of(
                                "/Users/ann/Library/Application Support/ascendkit/credentials.json"));
    }

    @Test
    void usesAppDataOnWindows() {
        AppDirs d = AppDirs.of("Windows 11", Map.of("APPDATA", "/appdata"));
        assertThat(d.dataDir()).isEqualTo(Path.of("/appdata", "Journey Studio"));
        assertThat(d.credentialsFile())
                .isEqualTo(Path.of("/appdata", "ascendkit", "credentials.json"));
    }

    @Test
    void keepsWindowsDataInLocalAppData() {
        AppDirs d =
                AppDirs.of(
                        "Windows 11",
                        Map.of(
                                "APPDATA",
                                "/roaming",
                                "LOCALAPPDATA",
                                "/local",
                                "USERPROFILE",
                                "/u"));
        assertThat(d.dataDir()).isEqualTo(Path.of("/local", "Journey Studio"));
        assertThat(d.credentialsFile())
                .isEqualTo(Path.of("/roaming", "ascendkit", "credentials.json"));
    }

    @Test
    void keepsUsingAnEarlierWindowsDatabaseInAppData(@TempDir Path profile) throws IOException {
        Path roaming = profile.resolve("Roaming");
        Path local = profile.resolve("Local");
        Files.createDirectories(roaming.resolve("Journey Studio"));
        Files.writeString(roaming.resolve("Journey Studio").resolve(AppDirs.DATABASE_FILE), "");
        Map<String, String> env =
                Map.of("APPDATA", roaming.toString(), "LOCALAPPDATA", local.toString());

        assertThat(AppDirs.of("Windows 10", env).dataDir())
                .isEqualTo(roaming.resolve("Journey Studio"));

        Files.createDirectories(local.resolve("Journey Studio"));
        assertThat(AppDirs.of("Windows 10", env).dataDir())
                .isEqualTo(local.resolve("Journey Studio"));
    }

    @Test
    void letsJourneysDataDirOverrideTheDataDirectory() {
        AppDirs d = AppDirs.of("Linux", Map.of("HOME", "/home/ann", "JOURNEYS_DATA_DIR", "/srv/j"));
        assertThat(d.dataDir()).isEqualTo(Path.of("/srv/j"));
    }

    @Test
    void saysWhatIsMissingWithoutHome() {
        assertThatThrownBy(() -> AppDirs.of("Linux", Map.of()))
                .hasMessageContaining("HOME is not set");
    }
}
