package com.ascendkit.journeys.studio.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StepNamesTest {
    @Test
    void namesTheCharacterThatIsNotAllowed() {
        assertThat(StepNames.problem("café"))
                .isEqualTo(
                        "'é' can't be used in a step name: use a-z, A-Z (no accents), 0-9, '_',"
                                + " '.' and '-'");
        assertThat(StepNames.problem("no spaces")).startsWith("a space can't be used");
    }

    @Test
    void saysHowLongALongNameIsWithoutEchoingIt() {
        assertThat(StepNames.problem("x".repeat(300)))
                .isEqualTo("A step name has at most 64 characters; this one has 300");
    }

    @Test
    void explainsAWrongFirstCharacter() {
        assertThat(StepNames.problem("_welcome"))
                .isEqualTo(
                        "'_welcome' starts with '_': a step name starts with a letter or a digit");
    }

    @Test
    void acceptsValidNamesAndAsksForAMissingOne() {
        assertThat(StepNames.problem("welcome_email")).isEmpty();
        assertThat(StepNames.problem("  ")).isEqualTo("Give the step a name");
    }
}
