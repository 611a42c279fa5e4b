package com.ascendkit.journeys.studio.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {
    @Test
    void usesTheSingularForOneAndThePluralOtherwise() {
        assertThat(Words.count(1, "step")).isEqualTo("1 step");
        assertThat(Words.count(0, "warning")).isEqualTo("0 warnings");
        assertThat(Words.count(2, "journey")).isEqualTo("2 journeys");
        assertThat(Words.count(3, "entry")).isEqualTo("3 entries");
        assertThat(Words.count(12_000, "user")).isEqualTo("12,000 users");
    }

    @Test
    void shortensLongValuesWithAnEllipsisKeepingWholeCharacters() {
        String long300 = "a".repeat(299) + "é";

        assertThat(Words.shorten(long300)).hasSize(40).endsWith("…");
        assertThat(Words.shorten("café")).isEqualTo("café");
        assertThat(Words.shorten("😀".repeat(50))).isEqualTo("😀".repeat(39) + "…");
    }

    @Test
    void writesAConstantAsAWord() {
        assertThat(Words.capitalised("SKIP")).isEqualTo("Skip");
        assertThat(Words.capitalised("RESTART")).isEqualTo("Restart");
    }
}
