package com.ascendkit.journeys.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascendkit.journeys.model.testing.TestJson;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TriggerTest {

    @Test
    void requiresAnEventName() {
        assertThatThrownBy(() -> Trigger.on(null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("'event' is required");
    }

    @Test
    void rejectsAnEventNameQuotingIt() {
        assertThatThrownBy(() -> Trigger.on("user login"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("invalid event name 'user login' in 'event'");
    }

    @Test
    void rejectsANestedFilterNamingTheKey() {
        assertThatThrownBy(() -> new Trigger.Event("user.login", Map.of("plan", Map.of())))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("eventFilter.plan");
    }

    @Test
    void requiresATimerDelay() {
        assertThatThrownBy(() -> new Trigger.Timer(null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("timer requires 'delay' (e.g. 2d)")
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("delay");
    }

    @Test
    void rejectsABadDelayQuotingIt() {
        assertThatThrownBy(() -> Trigger.after("2x"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("invalid delay '2x' in 'delay'");
    }

    @Test
    void matchesEventsByNameAndStrictFilter() {
        Trigger.Event pro = new Trigger.Event("user.login", Map.of("plan", "pro", "seats", 1));

        assertThat(pro.matches("user.login", Map.of("plan", "pro", "seats", 1.0, "x", 2))).isTrue();
        assertThat(pro.matches("user.login", Map.of("plan", "pro", "seats", "1"))).isFalse();
        assertThat(pro.matches("user.signout", Map.of("plan", "pro", "seats", 1))).isFalse();
        assertThat(new Trigger.Event("user.login", null).matches("user.login", null)).isTrue();
    }

    @Test
    void describesItselfAsTheCliPrintsIt() {
        assertThat(Trigger.on("user.login").describe()).isEqualTo("on user.login");
        assertThat(new Trigger.Event("user.login", Map.of("plan", "pro")).describe())
                .isEqualTo("on user.login {\"plan\": \"pro\"}");
        assertThat(Trigger.after("90").describe()).isEqualTo("after 90m");
    }

    @Test
    void writesATimerWithItsDelayString() {
        assertThat(TestJson.write(Trigger.after("2d")))
                .isEqualTo("{\"type\":\"timer\",\"delay\":\"2d\"}");
    }

    @Test
    void writesAnUnfilteredEventWithoutFilter() {
        assertThat(TestJson.write(Trigger.on("user.login")))
                .isEqualTo("{\"type\":\"event\",\"event\":\"user.login\"}");
    }

    @Test
    void roundTripsAFilteredEventKeepingStringsAndNumbersApart() {
        String json =
                "{\"type\":\"event\",\"event\":\"app.paid\","
                        + "\"eventFilter\":{\"plan\":\"pro\",\"seats\":1.5,\"code\":\"1\"}}";

        Trigger read = TestJson.read(json, Trigger.class);

        assertThat(read)
                .isEqualTo(
                        new Trigger.Event(
                                "app.paid",
                                Map.of(
                                        "plan",
                                        "pro",
                                        "seats",
                                        new BigDecimal("1.5"),
                                        "code",
                                        "1")));
        assertThat(TestJson.read(TestJson.write(read), Trigger.class)).isEqualTo(read);
    }

    @Test
    void readsATimerWithABareNumberAsMinutes() {
        assertThat(TestJson.read("{\"type\":\"timer\",\"delay\":\"90\"}", Trigger.class))
                .isEqualTo(Trigger.after("90m"));
        assertThat(TestJson.read("{\"type\":\"timer\",\"delay\":90}", Trigger.class))
                .isEqualTo(Trigger.after("90m"));
    }
}
