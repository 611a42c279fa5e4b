package com.ascendkit.journeys.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotedTest {
    @Test
    void quotesAShortValueWhole() {
        assertThat(Quoted.of("x".repeat(100))).isEqualTo("'" + "x".repeat(100) + "'");
    }

    @Test
    void cutsAValueLongerThanAHundredCharactersAndSaysItsLength() {
        assertThat(Quoted.of("a".repeat(1_048_576)))
                .isEqualTo("'" + "a".repeat(100) + "…' (1048576 characters)");
    }

    @Test
    void countsAndCutsWholeCodePointsWhenTheValueHasSurrogatePairs() {
        assertThat(Quoted.of("😀".repeat(101)))
                .isEqualTo("'" + "😀".repeat(100) + "…' (101 characters)");
    }
}
