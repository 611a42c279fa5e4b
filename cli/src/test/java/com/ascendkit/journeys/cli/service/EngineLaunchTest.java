package com.ascendkit.journeys.cli.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class EngineLaunchTest {

    @Test
    void usesTheInstalledLauncherJpackageNames() {
        Properties system = new Properties();
        system.setProperty("jpackage.app-path", "/opt/journey-studio/bin/ascendkit");
        system.setProperty("java.home", "/opt/journey-studio/lib/runtime");

        assertThat(EngineLaunch.currentLauncher(system))
                .containsExactly("/opt/journey-studio/bin/ascendkit");
    }

    @Test
    void usesThisJavaAndClassPathFromABuild() {
        Properties system = new Properties();
        system.setProperty("java.home", "/usr/lib/jvm/java-17");
        system.setProperty("java.class.path", "/src/cli/target/cli.jar");

        assertThat(EngineLaunch.currentLauncher(system))
                .containsExactly(
                        Path.of("/usr/lib/jvm/java-17", "bin", "java").toString(),
                        "-cp",
                        "/src/cli/target/cli.jar",
                        "com.ascendkit.journeys.cli.Main");
    }

    @Test
    void startsTheEngineOnThePortAndDataGiven() {
        EngineLaunch launch = EngineLaunch.of(List.of("ascendkit"), 9000, Path.of("/data"));

        assertThat(launch.program()).isEqualTo("ascendkit");
        assertThat(launch.arguments())
                .containsExactly(
                        "engine",
                        "start",
                        "--port",
                        "9000",
                        "--data",
                        Path.of("/data").toAbsolutePath().toString());
    }
}
