package com.ascendkit.journeys.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TransitionNamesTest {

    @Test
    void namesAFirstTransitionFromToTo() {
        assertThat(TransitionNames.next("welcome_email", "nudge_1", Set.of()))
                .isEqualTo("welcome_email-to-nudge_1");
    }

    @Test
    void addsTwoWhenTheBaseNameIsTaken() {
        assertThat(TransitionNames.next("a", "b", Set.of("a-to-b"))).isEqualTo("a-to-b-2");
    }

    @Test
    void addsThreeWhenTwoIsTakenToo() {
        assertThat(TransitionNames.next("a", "b", Set.of("a-to-b", "a-to-b-2")))
                .isEqualTo("a-to-b-3");
    }

    @Test
    void fillsTheFirstGap() {
        assertThat(TransitionNames.next("a", "b", Set.of("a-to-b", "a-to-b-3")))
                .isEqualTo("a-to-b-2");
    }
}
