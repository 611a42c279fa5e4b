package com.ascendkit.journeys.localconfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each OS with the variables it sets (no real OS detection: {@link Platform} is injected). */
class LocalDirsTest {

    @Nested
    class Linux {
        private final Map<String, String> env = Map.of("HOME", "/home/ada", "USER", "ada");

        private LocalDirs dirs(Map<String, String> variables) {
            return new LocalDirs(Platform.of("Linux"), variables);
        }

        @Test
        void followsXdgDefaultsUnderHome() {
            LocalDirs d = dirs(env);
            assertThat(d.credentialsFile())
                    .isEqualTo(Path.of("/home/ada/.config/ascendkit/credentials.json"));
            assertThat(d.engineDataDir())
                    .isEqualTo(Path.of("/home/ada/.local/share/journey-studio"));
            assertThat(d.settingsFile())
                    .isEqualTo(Path.of("/home/ada/.config/journey-studio/settings.json"));
            assertThat(d.systemdUserUnitDir()).isEqualTo(Path.of("/home/ada/.config/systemd/user"));
        }

        @Test
        void prefersAbsoluteXdgVariables() {
            LocalDirs d =
                    dirs(
                            Map.of(
                                    "HOME", "/home/ada",
                                    "XDG_CONFIG_HOME", "/cfg",
                                    "XDG_DATA_HOME", "/data"));
            assertThat(d.credentialsFile()).isEqualTo(Path.of("/cfg/ascendkit/credentials.json"));
            assertThat(d.engineDataDir()).isEqualTo(Path.of("/data/journey-studio"));
            assertThat(d.settingsFile()).isEqualTo(Path.of("/cfg/journey-studio/settings.json"));
            assertThat(d.systemdUserUnitDir()).isEqualTo(Path.of("/cfg/systemd/user"));
        }

        @Test
        void ignoresRelativeOrBlankXdgVariables() {
            LocalDirs d =
                    dirs(
                            Map.of(
                                    "HOME",
                                    "/home/ada",
                                    "XDG_CONFIG_HOME",
                                    "cfg",
                                    "XDG_DATA_HOME",
                                    " "));
            assertThat(d.configHome()).isEqualTo(Path.of("/home/ada/.config"));
            assertThat(d.dataHome()).isEqualTo(Path.of("/home/ada/.local/share"));
        }

        @Test
        void hasNoPreviousPlaces() {
            assertThat(dirs(env).previousEngineDataDir()).isEmpty();
            assertThat(dirs(env).previousStudioConfigDir()).isEmpty();
        }

        @Test
        void namesTheMissingVariableWhenAPlaceIsAskedFor() {
            LocalDirs d = dirs(Map.of());
            assertThatThrownBy(d::credentialsFile)
                    .isInstanceOf(MissingVariableException.class)
                    .hasMessage("HOME is not set")
                    .extracting(e -> ((MissingVariableException) e).variable())
                    .isEqualTo("HOME");
        }
    }

    @Nested
    class MacOs {
        private final LocalDirs dirs =
                new LocalDirs(Platform.of("Mac OS X"), Map.of("HOME", "/Users/ada", "USER", "ada"));

        @Test
        void keepsDataAndSettingsInApplicationSupport() {
            Path support = Path.of("/Users/ada/Library/Application Support");
            assertThat(dirs.configHome()).isEqualTo(support);
            assertThat(dirs.dataHome()).isEqualTo(support);
            assertThat(dirs.credentialsFile())
                    .isEqualTo(support.resolve("ascendkit/credentials.json"));
            assertThat(dirs.engineDataDir()).isEqualTo(support.resolve("Journey Studio"));
            assertThat(dirs.settingsFile())
                    .isEqualTo(support.resolve("Journey Studio/settings.json"));
        }

        @Test
        void remembersWhereEarlierVersionsKeptTheSettings() {
            assertThat(dirs.previousStudioConfigDir())
                    .contains(Path.of("/Users/ada/.config/journey-studio"));
            assertThat(dirs.previousEngineDataDir()).isEmpty();
        }

        @Test
        void ignoresXdgVariablesForItsOwnPlaces() {
            LocalDirs d =
                    new LocalDirs(
                            Platform.MACOS,
                            Map.of("HOME", "/Users/ada", "XDG_CONFIG_HOME", "/Users/ada/.xdg"));
            assertThat(d.credentialsFile())
                    .isEqualTo(
                            Path.of(
                                    "/Users/ada/Library/Application Support/ascendkit/credentials.json"));
            assertThat(d.previousStudioConfigDir())
                    .contains(Path.of("/Users/ada/.xdg/journey-studio"));
        }
    }

    @Nested
    class Windows {
        private static final Map<String, String> ENV =
                Map.of(
                        "USERPROFILE", "C:\\Users\\ada",
                        "APPDATA", "C:\\Users\\ada\\AppData\\Roaming",
                        "LOCALAPPDATA", "C:\\Users\\ada\\AppData\\Local",
                        "OS", "Windows_NT");

        private LocalDirs dirs(Map<String, String> variables) {
            return new LocalDirs(Platform.of("Windows 11"), variables);
        }

        @Test
        void keepsSettingsAndCredentialsRoamingAndDataLocal() {
            LocalDirs d = dirs(ENV);
            assertThat(d.credentialsFile())
                    .isEqualTo(
                            Path.of(
                                    "C:\\Users\\ada\\AppData\\Roaming",
                                    "ascendkit",
                                    "credentials.json"));
            assertThat(d.settingsFile())
                    .isEqualTo(
                            Path.of(
                                    "C:\\Users\\ada\\AppData\\Roaming",
                                    "Journey Studio",
                                    "settings.json"));
            assertThat(d.engineDataDir())
                    .isEqualTo(Path.of("C:\\Users\\ada\\AppData\\Local", "Journey Studio"));
        }

        @Test
        void remembersThatEarlierVersionsKeptTheDataRoaming() {
            assertThat(dirs(ENV).previousEngineDataDir())
                    .contains(Path.of("C:\\Users\\ada\\AppData\\Roaming", "Journey Studio"));
            assertThat(dirs(ENV).previousStudioConfigDir()).isEmpty();
        }

        @Test
        void fallsBackToTheProfileWhenAppDataVariablesAreUnset() {
            LocalDirs d = dirs(Map.of("USERPROFILE", "C:\\Users\\ada"));
            assertThat(d.configHome()).isEqualTo(Path.of("C:\\Users\\ada", "AppData", "Roaming"));
            assertThat(d.dataHome()).isEqualTo(Path.of("C:\\Users\\ada", "AppData", "Local"));
            assertThat(d.previousEngineDataDir()).isEmpty();
        }

        @Test
        void usesAppDataForDataWhenItIsTheOnlyVariable() {
            LocalDirs d = dirs(Map.of("APPDATA", "/appdata"));
            assertThat(d.engineDataDir()).isEqualTo(Path.of("/appdata", "Journey Studio"));
            assertThat(d.previousEngineDataDir()).isEmpty();
        }

        @Test
        void needsNoHome() {
            assertThat(dirs(ENV).configHome()).isNotNull();
            assertThatThrownBy(() -> dirs(Map.of("HOME", "/home/ada")).credentialsFile())
                    .hasMessage("APPDATA is not set");
        }
    }
}
