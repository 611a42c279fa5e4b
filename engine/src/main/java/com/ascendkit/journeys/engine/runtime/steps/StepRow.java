package com.ascendkit.journeys.engine.runtime.steps;

import java.time.Instant;
import java.util.Map;

/**
 * One row of {@code user_steps}: see {@link Steps} for the kinds. {@code seq} is the row's id (0
 * until written); {@code detail} holds what has no column of its own.
 */
public record StepRow(
        long seq,
        String environmentId,
        String journeyId,
        String userId,
        int visitNo,
        String node,
        String kind,
        Instant at,
        String outcome,
        String transition,
        String target,
        String event,
        String messageId,
        String reason,
        Map<String, Object> detail) {
    public StepRow {
        detail = detail == null ? Map.of() : detail;
    }
}
