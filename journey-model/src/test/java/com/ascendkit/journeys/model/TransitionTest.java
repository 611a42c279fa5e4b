package com.ascendkit.journeys.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascendkit.journeys.model.testing.TestJson;
import org.junit.jupiter.api.Test;

class TransitionTest {
    private static final Trigger LOGIN = Trigger.on("user.login");

    @Test
    void rejectsABadNameNamingTheField() {
        assertThatThrownBy(() -> new Transition("bad name", "a", "b", LOGIN))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("invalid transition name 'bad name' in 'name'");
    }

    @Test
    void requiresFrom() {
        assertThatThrownBy(() -> new Transition("a-to-b", null, "b", LOGIN))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("'from' is required")
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("from");
    }

    @Test
    void rejectsABadToQuotingIt() {
        assertThatThrownBy(() -> new Transition("a-to-b", "a", "no where", LOGIN))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("invalid node name 'no where' in 'to'");
    }

    @Test
    void requiresATrigger() {
        assertThatThrownBy(() -> new Transition("a-to-b", "a", "b", null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("'trigger' is required");
    }

    @Test
    void changesOnePartAtATime() {
        Transition t = new Transition("a-to-b", "a", "b", LOGIN);

        assertThat(t.withName("login")).isEqualTo(new Transition("login", "a", "b", LOGIN));
        assertThat(t.withEnds("b", "c")).isEqualTo(new Transition("a-to-b", "b", "c", LOGIN));
        assertThat(t.withTrigger(Trigger.after("1d")).trigger()).isEqualTo(Trigger.after("1d"));
    }

    @Test
    void roundTripsAsTheContractWritesIt() {
        Transition t =
                new Transition(
                        "welcome_email-to-nudge_1",
                        "welcome_email",
                        "nudge_1",
                        Trigger.after("2d"));

        String json = TestJson.write(t);

        assertThat(json)
                .isEqualTo(
                        "{\"name\":\"welcome_email-to-nudge_1\",\"from\":\"welcome_email\","
                                + "\"to\":\"nudge_1\",\"trigger\":{\"type\":\"timer\","
                                + "\"delay\":\"2d\"}}");
        assertThat(TestJson.read(json, Transition.class)).isEqualTo(t);
    }
}
