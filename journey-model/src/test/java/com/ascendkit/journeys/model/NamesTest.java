package com.ascendkit.journeys.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"welcome_email", "nudge-1", "a", "A.b_c-9", "0start"})
    void acceptsNodeNames(String name) {
        assertThat(Names.requireNodeName("name", name)).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_lead", "-lead", "has space", "ümlaut", "a/b", "a:b"})
    void rejectsNodeNamesQuotingThem(String name) {
        assertThatThrownBy(() -> Names.requireNodeName("to", name))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("invalid node name '" + name + "' in 'to'");
    }

    @Test
    void quotesALongRejectedNameShortenedAndStatesTheRuleAsEnforced() {
        String name = "x".repeat(299) + " ";

        assertThatThrownBy(() -> Names.requireNodeName("name", name))
                .hasMessage(
                        "invalid node name '"
                                + "x".repeat(100)
                                + "…' (300 characters) in 'name': use 1-64 of a-z, A-Z (no accents), 0-9, '_', '.'"
                                + " and '-', starting with a letter or digit");
    }

    @Test
    void limitsNodeNamesToSixtyFourCharacters() {
        assertThat(Names.isNodeName("n".repeat(64))).isTrue();
        assertThat(Names.isNodeName("n".repeat(65))).isFalse();
    }

    @Test
    void limitsTransitionNamesToOneHundredSixtyCharacters() {
        assertThat(Names.isTransitionName("t".repeat(160))).isTrue();
        assertThat(Names.isTransitionName("t".repeat(161))).isFalse();
        assertThat(Names.isTransitionName(TransitionNames.base("n".repeat(64), "m".repeat(64))))
                .isTrue();
    }

    @Test
    void rejectsTransitionNamesQuotingThem() {
        assertThatThrownBy(() -> Names.requireTransitionName("name", "bad name"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("invalid transition name 'bad name' in 'name'");
    }

    @Test
    void requiresNamesNamingTheField() {
        assertThatThrownBy(() -> Names.requireNodeName("from", null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("'from' is required");
        assertThatThrownBy(() -> Names.requireTransitionName("name", null))
                .hasMessage("'name' is required");
        assertThatThrownBy(() -> Names.requireEventName("entryEvent", " "))
                .hasMessage("'entryEvent' is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"user.login", "app.completed_onboarding", "app.ns:thing-1"})
    void acceptsEventNames(String event) {
        assertThat(Names.requireEventName("event", event)).isEqualTo(event);
    }

    @Test
    void rejectsEventNamesQuotingThem() {
        assertThatThrownBy(() -> Names.requireEventName("event", "user login"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("invalid event name 'user login' in 'event'");
    }
}
