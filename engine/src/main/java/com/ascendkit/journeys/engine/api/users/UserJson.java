package com.ascendkit.journeys.engine.api.users;

import com.ascendkit.journeys.engine.runtime.directory.UserView;
import com.ascendkit.journeys.engine.runtime.users.UserProfile;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The user as {@code /v1/users/{userId}} answers it: {@code {userId, email?, name?, provider?,
 * properties, timeZone?, tags, stage?, journeys: [{journeyId, status, currentNode, enteredAt,
 * enrolledAt, endedAt?, path: [{node, enteredAt, leftAt?, transition?, outcome?, reason?}]}],
 * createdAt, updatedAt}}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record UserJson(
        String userId,
        String email,
        String name,
        String provider,
        Map<String, Object> properties,
        String timeZone,
        List<String> tags,
        String stage,
        List<State> journeys,
        Instant createdAt,
        Instant updatedAt) {

    static UserJson of(UserView v) {
        UserProfile p = v.profile();
        return new UserJson(
                p.userId(),
                p.email(),
                p.name(),
                p.provider(),
                p.properties(),
                p.timeZone(),
                p.tags(),
                p.stage(),
                v.journeys().stream().map(State::of).toList(),
                p.createdAt(),
                p.updatedAt());
    }

    /** The user in one journey. {@code currentNode}: where they are, or where the state ended. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record State(
            String journeyId,
            String status,
            String currentNode,
            Instant enteredAt,
            Instant enrolledAt,
            Instant endedAt,
            List<Visit> path) {
        static State of(UserView.JourneyPath j) {
            return new State(
                    j.journeyId(),
                    j.status(),
                    j.currentNode(),
                    j.enteredAt(),
                    j.enrolledAt(),
                    j.endedAt(),
                    j.path().stream().map(Visit::of).toList());
        }
    }

    /**
     * One node visit. {@code outcome}: how it ended ({@code moved}, {@code completed}, {@code
     * failed}, {@code exited}); {@code reason}: why it failed or exited.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Visit(
            String node,
            Instant enteredAt,
            Instant leftAt,
            String transition,
            String outcome,
            String reason) {
        static Visit of(UserView.Visit v) {
            return new Visit(
                    v.node(), v.enteredAt(), v.leftAt(), v.transition(), v.outcome(), v.reason());
        }
    }
}
