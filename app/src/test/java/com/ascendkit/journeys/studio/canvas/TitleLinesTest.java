package com.ascendkit.journeys.studio.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Measured in characters here (one unit each); the card measures with its font. */
class TitleLinesTest {
    private static TitleLines fit(String name, double max) {
        return TitleLines.fit(name, String::length, max);
    }

    @Test
    void keepsANameThatFitsOnOneLine() {
        assertThat(fit("welcome_email", 20))
                .isEqualTo(new TitleLines("welcome_email", null, false));
    }

    @Test
    void breaksAfterTheSeparatorThatMakesTheLinesMostEven() {
        assertThat(fit("login_nudge_after_two_days", 20).text())
                .isEqualTo("login_nudge_\nafter_two_days");
    }

    @Test
    void breaksInsideAWordWhenNoSeparatorLetsBothLinesFit() {
        assertThat(fit("abcdefghijklmnopqrstuvwxyz", 15).text())
                .isEqualTo("abcdefghijklmno\npqrstuvwxyz");
    }

    @Test
    void endsANameTooLongForTwoLinesInAnEllipsis() {
        TitleLines lines = fit("a_very_long_name_that_goes_on_and_on", 12);

        assertThat(lines.shortened()).isTrue();
        assertThat(lines.second()).endsWith("…").hasSize(12);
        assertThat(lines.first()).hasSizeLessThanOrEqualTo(12);
    }
}
