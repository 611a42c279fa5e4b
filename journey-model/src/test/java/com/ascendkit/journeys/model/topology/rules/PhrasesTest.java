package com.ascendkit.journeys.model.topology.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhrasesTest {
    @Test
    void joinsNamesLikeASentence() {
        assertThat(Phrases.quoteAll(List.of("a"))).isEqualTo("'a'");
        assertThat(Phrases.quoteAll(List.of("a", "b"))).isEqualTo("'a' and 'b'");
        assertThat(Phrases.quoteAll(List.of("a", "b", "c"))).isEqualTo("'a', 'b' and 'c'");
    }

    @Test
    void countsTheNamesItLeavesOut() {
        assertThat(Phrases.quoteAll(List.of("a", "b", "c", "d", "e", "f", "g")))
                .isEqualTo("'a', 'b', 'c', 'd', 'e' and 2 more");
    }
}
