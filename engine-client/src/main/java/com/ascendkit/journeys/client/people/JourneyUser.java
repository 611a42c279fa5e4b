package com.ascendkit.journeys.client.people;

import java.time.Instant;

/**
 * A user in a journey: their status and step ({@code node}, where an ended state ended), since when
 * they are there ({@code enteredAt}), their email address if known, why they failed or exited
 * ({@code reason}, in words) and the last thing that happened to them.
 */
public record JourneyUser(
        String userId,
        String email,
        String status,
        String node,
        Instant enteredAt,
        Instant enrolledAt,
        Instant endedAt,
        String reason,
        Step lastStep) {}
