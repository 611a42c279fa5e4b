package com.ascendkit.journeys.cli.output;

import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.JourneyStats;
import com.ascendkit.journeys.model.JourneyStatus;
import com.ascendkit.journeys.model.Node;
import com.ascendkit.journeys.model.ReEntryPolicy;
import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.model.Trigger;
import com.ascendkit.journeys.model.api.JourneyResponse;
import com.ascendkit.journeys.model.topology.Warning;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The product document's onboarding journey, as model values for formatter tests. */
final class Samples {
    private Samples() {}

    static Journey onboarding(JourneyStatus status) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        nodes.put(
                "welcome_email",
                Node.of(
                        new Action.SendEmail(
                                "welcome-email", "onboarding-nps", "hello@yourapp.com", null)));
        nodes.put("nudge_1", Node.of(new Action.SendEmail("login-nudge")));
        nodes.put("done", new Node(Action.none(), true, null));
        return new Journey(
                "jrn_abc123abc123",
                "Onboarding Flow",
                status,
                7,
                "user.created",
                Map.of("provider", "credentials"),
                "welcome_email",
                ReEntryPolicy.SKIP,
                nodes,
                List.of(
                        new Transition(
                                "welcome_email-to-nudge_1",
                                "welcome_email",
                                "nudge_1",
                                Trigger.after("2d")),
                        new Transition(
                                "welcome_email-to-done",
                                "welcome_email",
                                "done",
                                Trigger.on("user.login"))),
                new JourneyStats(3, 1, 2, 0, 0),
                Instant.parse("2026-01-02T03:04:05Z"),
                Instant.parse("2026-01-02T03:04:06Z"));
    }

    static JourneyResponse response(JourneyStatus status, Warning... warnings) {
        return new JourneyResponse(
                onboarding(status), List.of(warnings), status.suppressesTopologyWarnings());
    }
}
