package com.ascendkit.journeys.engine.runtime.directory;

import com.ascendkit.journeys.engine.runtime.users.UserProfile;
import java.time.Instant;
import java.util.List;

/** {@code GET /v1/users/{userId}}: the profile and, per journey, the state and the path. */
public record UserView(UserProfile profile, List<JourneyPath> journeys) {
    public UserView {
        journeys = List.copyOf(journeys);
    }

    /**
     * The user in one journey: status, current node (where an ended state ended) since {@code
     * enteredAt}, when they enrolled (the latest enrollment) and when the state ended, every visit.
     */
    public record JourneyPath(
            String journeyId,
            String status,
            String currentNode,
            Instant enteredAt,
            Instant enrolledAt,
            Instant endedAt,
            List<Visit> path) {
        public JourneyPath {
            path = List.copyOf(path);
        }
    }

    /**
     * One node visit. {@code leftAt} null while the user is there; {@code transition} the one taken
     * out, if any; {@code outcome} moved, completed, failed or exited; {@code reason} why it failed
     * or exited.
     */
    public record Visit(
            int visitNo,
            String node,
            Instant enteredAt,
            Instant leftAt,
            String transition,
            String outcome,
            String reason) {}
}
