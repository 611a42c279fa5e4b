package com.ascendkit.journeys.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class StartupArgumentsTest {

    @Test
    void filesAreMadeAbsoluteAndKeptInOrder() {
        StartupArguments a =
                StartupArguments.parse(List.of("/tmp/a.journey.json", "b.journey.json"));

        assertThat(a.files())
                .containsExactly(
                        Path.of("/tmp/a.journey.json").toAbsolutePath(),
                        Path.of("b.journey.json").toAbsolutePath());
        assertThat(a.ignored()).isEmpty();
    }

    @Test
    void unknownOptionsAreSetAsideNotTakenForFiles() {
        StartupArguments a =
                StartupArguments.parse(
                        List.of("--unknown", "-psn_0_12345", "x.journey.json", "", "--size=3"));

        assertThat(a.files()).containsExactly(Path.of("x.journey.json").toAbsolutePath());
        assertThat(a.ignored()).containsExactly("--unknown", "-psn_0_12345", "", "--size=3");
    }

    @Test
    void afterDoubleDashEveryArgumentIsAFile() {
        StartupArguments a = StartupArguments.parse(List.of("--", "-odd.journey.json"));

        assertThat(a.files()).containsExactly(Path.of("-odd.journey.json").toAbsolutePath());
    }

    @Test
    void noArgumentsNoFiles() {
        assertThat(StartupArguments.parse(List.of()).files()).isEmpty();
    }
}
