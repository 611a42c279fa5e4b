package com.ascendkit.journeys.bench.runtime;

import com.ascendkit.journeys.client.EngineClient;
import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.JourneyDefinition;
import com.ascendkit.journeys.model.Node;
import com.ascendkit.journeys.model.ReEntryPolicy;
import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.model.Trigger;
import com.ascendkit.journeys.model.api.ExportedJourney;
import com.ascendkit.journeys.model.api.Template;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pinned workload: enrolled on {@code user.created} at {@code welcome} (send_email); {@code
 * user.login} moves the user to {@code done} (terminal); after 2 days without it the user moves to
 * {@code nudge} (send_email, terminal). The model has no "immediately" trigger, so the nudge node
 * is itself terminal: it sends and completes, as Flowable's service task followed by an end event.
 */
public final class Onboarding {
    public static final String ENTRY_EVENT = "user.created";
    public static final String LOGIN = "user.login";
    public static final String WELCOME_TO_DONE = "welcome-to-done";
    public static final String WELCOME_TO_NUDGE = "welcome-to-nudge";

    /** Where every simulated clock of the benchmarks starts. */
    public static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

    private Onboarding() {}

    public static JourneyDefinition definition() {
        Map<String, Node> nodes = new LinkedHashMap<>();
        nodes.put("welcome", Node.of(new Action.SendEmail("welcome")));
        nodes.put("done", new Node(Action.none(), true, null));
        nodes.put("nudge", new Node(new Action.SendEmail("nudge"), true, null));
        List<Transition> transitions =
                List.of(
                        new Transition(WELCOME_TO_DONE, "welcome", "done", Trigger.on(LOGIN)),
                        new Transition(WELCOME_TO_NUDGE, "welcome", "nudge", Trigger.after("2d")));
        return new JourneyDefinition(
                "Onboarding",
                ENTRY_EVENT,
                Map.of(),
                "welcome",
                ReEntryPolicy.SKIP,
                nodes,
                transitions);
    }

    /** Creates the templates and the journey through the API, activates it; returns its id. */
    public static String create(EngineClient client) {
        client.templates()
                .put(new Template("welcome", "Welcome, {{name}}", null, "Hi {{name}}, welcome."));
        client.templates()
                .put(new Template("nudge", "We miss you, {{name}}", null, "Come back, {{name}}."));
        String id =
                client.journeys().importJourney(ExportedJourney.of(definition())).journey().id();
        client.journeys().activate(id);
        return id;
    }

    /** The user id of the {@code i}-th user of a phase. */
    public static String user(String phase, int i) {
        return phase + "_" + i;
    }
}
