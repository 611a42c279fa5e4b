package com.ascendkit.journeys.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventsTest {

    @Test
    void listsTheFiveBuiltInEventsOfTheContract() {
        assertThat(Events.BUILT_IN)
                .containsExactly(
                        "user.created",
                        "user.login",
                        "user.signout",
                        "user.waitlisted",
                        "user.waitlist_approved");
    }

    @ParameterizedTest
    @ValueSource(strings = {"user.created", "user.waitlist_approved", "app.completed_onboarding"})
    void knowsBuiltInAndAppEvents(String event) {
        assertThat(Events.isKnown(event)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"user.signup", "completed_onboarding", "app.", "App.x", "apps.x"})
    void doesNotKnowOtherEvents(String event) {
        assertThat(Events.isKnown(event)).isFalse();
    }

    @Test
    void doesNotKnowNull() {
        assertThat(Events.isKnown(null)).isFalse();
    }

    @Test
    void prefixesTrackedEventsWithAppOnce() {
        assertThat(Events.appEvent("completed_onboarding")).isEqualTo("app.completed_onboarding");
        assertThat(Events.appEvent("app.completed_onboarding"))
                .isEqualTo("app.completed_onboarding");
    }
}
