package com.ascendkit.journeys.engine.runtime.states;

import java.time.Instant;

/** Where a user is in one journey: a row of {@code user_journey_states}. */
public record UserState(
        String journeyId,
        String environmentId,
        String userId,
        String status,
        String node,
        Instant enteredAt,
        int visitNo) {

    public static final String ACTIVE = "active";
    public static final String COMPLETED = "completed";
    public static final String FAILED = "failed";
    public static final String EXITED = "exited";

    public boolean isActive() {
        return ACTIVE.equals(status);
    }
}
