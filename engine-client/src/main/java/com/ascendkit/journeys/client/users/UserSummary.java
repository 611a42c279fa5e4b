package com.ascendkit.journeys.client.users;

import java.time.Instant;

/** One row of {@code GET /v1/users}: who the user is and when the engine first saw them. */
public record UserSummary(
        String userId, String email, String name, Instant createdAt, Instant updatedAt) {}
