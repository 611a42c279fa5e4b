package com.ascendkit.journeys.client.users;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /v1/users/{userId}}: the profile (with its properties and time zone), tags, lifecycle
 * stage, the user's state in each journey and the path of visits. Missing lists read as empty.
 */
public record UserProfile(
        String userId,
        String email,
        String name,
        String provider,
        Map<String, Object> properties,
        String timeZone,
        List<String> tags,
        String stage,
        List<JourneyState> journeys,
        List<Visit> path,
        Instant createdAt,
        Instant updatedAt) {

    public UserProfile {
        tags = tags == null ? List.of() : List.copyOf(tags);
        properties =
                properties == null
                        ? Map.of()
                        : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        journeys = journeys == null ? List.of() : List.copyOf(journeys);
        path = path == null ? List.of() : List.copyOf(path);
    }

    /**
     * The user in one journey: the node they are in, their status ({@code active}, {@code
     * completed}, {@code failed}, {@code exited}) and that journey's visits. The engine sends the
     * node as {@code currentNode}.
     */
    public record JourneyState(
            String journeyId,
            @JsonAlias("currentNode") String node,
            String status,
            Instant enrolledAt,
            Instant enteredAt,
            List<Visit> path) {
        public JourneyState {
            path = path == null ? List.of() : List.copyOf(path);
        }
    }

    /**
     * One visit of a node: when it was entered and left, the transition taken out of it, and a
     * reason when the visit ended in failure or exit. The engine sends {@code enteredAt} and {@code
     * leftAt}.
     */
    public record Visit(
            String journeyId,
            String node,
            @JsonAlias("enteredAt") Instant entered,
            @JsonAlias("leftAt") Instant left,
            String transition,
            String reason) {}
}
