package com.ascendkit.journeys.model.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /v1/journeys/{id}/failures}: by node, the users whose action failed there and why.
 * Nodes where nobody failed are absent.
 */
public record JourneyFailures(Map<String, NodeFailures> nodes) {
    public JourneyFailures {
        nodes = nodes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
    }

    /** Nobody failed anywhere. */
    public static final JourneyFailures NONE = new JourneyFailures(Map.of());

    /**
     * The users who failed at a node (each once, whatever the number of their failed visits), and
     * the reasons, most users first. A user failed twice for different reasons is in both.
     */
    public record NodeFailures(long users, List<Reason> reasons) {
        public NodeFailures {
            reasons = reasons == null ? List.of() : List.copyOf(reasons);
        }
    }

    /**
     * A reason in the engine's words without the user's id: {@code "has no email address"} (of the
     * user), or about the journey, e.g. {@code "template 'welcome-email' not found"}.
     */
    public record Reason(String reason, long users) {}
}
