package com.ascendkit.journeys.studio.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudioSettingsTest {
    @TempDir Path dir;

    @Test
    void remembersThemeMinimapWindowAndLastJourneyAcrossRuns() {
        Path file = dir.resolve("conf").resolve("settings.json");
        StudioSettings first = StudioSettings.at(file);
        first.themeProperty().set(Theme.DARK);
        first.minimapProperty().set(false);
        first.windowSize(1500, 900);
        first.lastJourney("jrn_123");

        StudioSettings next = StudioSettings.at(file);

        assertThat(next.themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(next.minimapProperty().get()).isFalse();
        assertThat(next.windowSize()).isEqualTo(new StudioSettings.WindowSize(1500, 900));
        assertThat(next.lastJourney()).contains("jrn_123");
    }

    @Test
    void remembersWhetherTheJourneyListAndTheInspectorAreShown() {
        Path file = dir.resolve("settings.json");
        StudioSettings first = StudioSettings.at(file);
        assertThat(first.journeyListProperty().get()).isNull();
        first.journeyListProperty().set(true);
        first.inspectorProperty().set(false);

        StudioSettings next = StudioSettings.at(file);

        assertThat(next.journeyListProperty().get()).isTrue();
        assertThat(next.inspectorProperty().get()).isFalse();
    }

    @Test
    void remembersThatTheBackgroundServiceWasOffered() {
        Path file = dir.resolve("settings.json");
        StudioSettings first = StudioSettings.at(file);
        assertThat(first.serviceOffered()).isFalse();

        first.recordServiceOffered();

        assertThat(StudioSettings.at(file).serviceOffered()).isTrue();
    }

    @Test
    void startsAtTheDefaultsWithoutAFile() {
        StudioSettings s = StudioSettings.at(dir.resolve("none.json"));

        assertThat(s.themeProperty().get()).isEqualTo(Theme.LIGHT);
        assertThat(s.minimapProperty().get()).isTrue();
        assertThat(s.windowSize()).isEqualTo(StudioSettings.DEFAULT_WINDOW);
        assertThat(s.lastJourney()).isEmpty();
        assertThat(s.serviceOffered()).isFalse();
        assertThat(dir.resolve("none.json")).doesNotExist();
    }

    @Test
    void anUnreadableFileMeansTheDefaultsAndIsReplacedOnTheNextChange() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{ not json");

        StudioSettings s = StudioSettings.at(file);
        assertThat(s.themeProperty().get()).isEqualTo(Theme.LIGHT);
        s.themeProperty().set(Theme.DARK);

        assertThat(StudioSettings.at(file).themeProperty().get()).isEqualTo(Theme.DARK);
    }

    @Test
    void aTinyWindowIsRememberedAtTheSmallestSize() {
        StudioSettings s = StudioSettings.inMemory();

        s.windowSize(100, 50);

        assertThat(s.windowSize())
                .isEqualTo(
                        new StudioSettings.WindowSize(
                                StudioSettings.MIN_WIDTH, StudioSettings.MIN_HEIGHT));
    }

    @Test
    void bothThemesHaveAnAtlantaFxStylesheet() {
        assertThat(Theme.LIGHT.userAgentStylesheet()).contains("primer-light");
        assertThat(Theme.DARK.userAgentStylesheet()).contains("primer-dark");
    }

    @Test
    void defaultFileFollowsHomeWhenNoXdgConfigHomeIsSet() {
        assertThat(StudioSettings.defaultFile(Map.of("HOME", "/home/ada"), "Linux"))
                .isEqualTo(Path.of("/home/ada/.config/journey-studio/settings.json"));
    }

    @Test
    void defaultFilePrefersXdgConfigHome() {
        assertThat(
                        StudioSettings.defaultFile(
                                Map.of("HOME", "/home/ada", "XDG_CONFIG_HOME", "/cfg"), "Linux"))
                .isEqualTo(Path.of("/cfg/journey-studio/settings.json"));
    }

    @Test
    void defaultFileIsInApplicationSupportOnMacOs() {
        assertThat(StudioSettings.defaultFile(Map.of("HOME", "/Users/ada"), "Mac OS X"))
                .isEqualTo(
                        Path.of(
                                "/Users/ada/Library/Application Support/Journey Studio/settings.json"));
    }

    @Test
    void defaultFileIsInRoamingAppDataOnWindows() {
        assertThat(
                        StudioSettings.defaultFile(
                                Map.of("APPDATA", "C:\\Users\\ada\\AppData\\Roaming"),
                                "Windows 11"))
                .isEqualTo(
                        Path.of(
                                "C:\\Users\\ada\\AppData\\Roaming",
                                "Journey Studio",
                                "settings.json"));
    }
}
