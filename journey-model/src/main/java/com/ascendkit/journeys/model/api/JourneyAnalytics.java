package com.ascendkit.journeys.model.api;

import com.ascendkit.journeys.model.JourneyStats;
import java.util.Map;

/** {@code GET /v1/journeys/{id}/analytics}: totals, per node and per transition. */
public record JourneyAnalytics(
        JourneyStats totals,
        Map<String, NodeStats> nodes,
        Map<String, TransitionStats> transitions) {

    /** Users in the node now, users who ever entered it, and how long they stayed. */
    public record NodeStats(
            long current, long entered, double avgSecondsInNode, double medianSecondsInNode) {}

    /** How often a transition fired, and {@code fired / entered(from)} (0 when nothing entered). */
    public record TransitionStats(long fired, double conversionRate) {}
}
