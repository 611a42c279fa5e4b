package com.ascendkit.journeys.engine.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.JourneyDefinition;
import com.ascendkit.journeys.model.Node;
import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.model.ReEntryPolicy;
import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.model.Trigger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EngineJsonTest {

    @Test
    void readsBackTheDefinitionItWrote() {
        Map<String, Node> nodes = new LinkedHashMap<>();
        nodes.put(
                "welcome_email",
                new Node(
                        new Action.SendEmail("welcome-email", "nps", "hello@yourapp.com", null),
                        false,
                        new Position(10, 20)));
        nodes.put("done", new Node(Action.none(), true, null));
        nodes.put("tag", Node.of(new Action.TagUser("vip")));
        var def =
                new JourneyDefinition(
                        "Onboarding",
                        "user.created",
                        Map.of("provider", "credentials"),
                        "welcome_email",
                        ReEntryPolicy.RESTART,
                        nodes,
                        List.of(
                                new Transition(
                                        "welcome_email-to-done",
                                        "welcome_email",
                                        "done",
                                        new Trigger.Event(
                                                "app.upgraded_plan", Map.of("plan", "pro"))),
                                new Transition(
                                        "welcome_email-to-tag",
                                        "welcome_email",
                                        "tag",
                                        Trigger.after("90"))));

        String json = EngineJson.write(def);

        assertThat(json)
                .contains(
                        "\"type\":\"send_email\"",
                        "\"delay\":\"90m\"",
                        "\"reEntryPolicy\":\"restart\"");
        assertThat(EngineJson.readDefinition(json)).isEqualTo(def);
    }
}
