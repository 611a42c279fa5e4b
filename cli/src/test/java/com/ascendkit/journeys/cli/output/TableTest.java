package com.ascendkit.journeys.cli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TableTest {

    @Test
    void alignsColumnsTwoSpacesApartAndTrimsTrailingBlanks() {
        String text =
                Table.withHeader("NODE", "USERS", "NOTE")
                        .row("a", 1, "")
                        .row("longer", 22, null)
                        .render();

        assertThat(text).isEqualTo("NODE    USERS  NOTE\na       1\nlonger  22\n");
    }

    @Test
    void measuresNonAsciiTextByCharacters() {
        String text = Table.withColumns(2).row("café", "x").row("tea", "y").render();

        assertThat(text).isEqualTo("café  x\ntea   y\n");
    }

    @Test
    void rejectsRowOfTheWrongWidth() {
        assertThatThrownBy(() -> Table.withColumns(2).row("a"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
