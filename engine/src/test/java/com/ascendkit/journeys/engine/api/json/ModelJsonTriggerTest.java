package com.ascendkit.journeys.engine.api.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascendkit.journeys.engine.store.EngineJson;
import com.ascendkit.journeys.model.Delay;
import com.ascendkit.journeys.model.Trigger;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ModelJsonTriggerTest {
    private static final ObjectMapper MAPPER = EngineJson.mapper();

    /** One trigger of each type, the event's filter with every kind of scalar. */
    static Stream<Trigger> samples() {
        Map<String, Object> filter = new LinkedHashMap<>();
        filter.put("plan", "pro");
        filter.put("seats", 3);
        filter.put("score", new BigDecimal("1.5"));
        filter.put("trial", true);
        return Stream.of(
                new Trigger.Event("app.upgraded_plan", filter),
                new Trigger.Timer(Delay.parse("delay", "2d")));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void readsEveryTriggerTypeAsTheModelWritesIt(Trigger trigger) throws Exception {
        JsonObject o =
                JsonObject.of(MAPPER.readTree(MAPPER.writeValueAsString(trigger)), "trigger");

        assertThat(ModelJson.trigger(o)).isEqualTo(trigger);
    }

    @Test
    void refusesADelayGivenAsANumberThoughTheModelCouldReadOne() throws Exception {
        JsonObject o =
                JsonObject.of(
                        MAPPER.readTree("{\"type\": \"timer\", \"delay\": 90}"),
                        "transitions[2].trigger");

        assertThatThrownBy(() -> ModelJson.trigger(o))
                .hasMessage("'transitions[2].trigger.delay' must be a string, not 90");
    }

    @Test
    void namesTheFullPathOfABadDelayInItsMessage() throws Exception {
        JsonObject o =
                JsonObject.of(
                        MAPPER.readTree("{\"type\": \"timer\", \"delay\": \"2x\"}"), "trigger");

        assertThatThrownBy(() -> ModelJson.trigger(o))
                .hasMessageStartingWith("invalid delay '2x' in 'trigger.delay'");
    }
}
