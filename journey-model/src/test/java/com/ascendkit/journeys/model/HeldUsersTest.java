package com.ascendkit.journeys.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeldUsersTest {
    @Test
    void namesTheNodeAndCountsOneUserInTheSingular() {
        assertThat(HeldUsers.inNode("welcome", 1)).isEqualTo("node 'welcome' holds 1 user");
    }

    @Test
    void countsSeveralUsersInThePlural() {
        assertThat(HeldUsers.inNode("nudge", 3)).isEqualTo("node 'nudge' holds 3 users");
    }

    @Test
    void quotesTheNodeAsEveryMessageDoes() {
        assertThat(HeldUsers.inNode("n".repeat(101), 2))
                .isEqualTo("node " + Quoted.of("n".repeat(101)) + " holds 2 users");
    }
}
