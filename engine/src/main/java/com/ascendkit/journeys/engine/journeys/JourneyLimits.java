package com.ascendkit.journeys.engine.journeys;

import com.ascendkit.journeys.engine.errors.LimitExceededException;
import com.ascendkit.journeys.model.JourneyDefinition;

/**
 * How large one journey may grow: at most {@code maxNodes} nodes and {@code maxTransitions}
 * transitions. Every answer about a journey carries it whole (and the run-time loads it whole), so
 * an unbounded journey makes every later edit of it slow and every answer large. A change that
 * would take a journey beyond a limit is refused, naming the limit, and changes nothing; a journey
 * already beyond one (stored before the limit was lowered) may still be edited as long as the edit
 * does not make it larger, so that it can be trimmed back.
 */
public record JourneyLimits(int maxNodes, int maxTransitions) {
    /** The defaults: far above a journey a person draws, low enough to keep answers bounded. */
    public static final JourneyLimits DEFAULT = new JourneyLimits(10_000, 20_000);

    public JourneyLimits {
        if (maxNodes < 1 || maxTransitions < 0) {
            throw new IllegalArgumentException(
                    "journey limits must be at least 1 node and 0 transitions, not "
                            + maxNodes
                            + " and "
                            + maxTransitions);
        }
    }

    /** Refuses {@code after} when it is beyond a limit and larger than {@code before}. */
    public void check(JourneyDefinition before, JourneyDefinition after) {
        check("nodes", "maxNodes", after.nodes().size(), before.nodes().size(), maxNodes);
        check(
                "transitions",
                "maxTransitions",
                after.transitions().size(),
                before.transitions().size(),
                maxTransitions);
    }

    /** Refuses a new journey beyond a limit. */
    public void check(JourneyDefinition created) {
        check("nodes", "maxNodes", created.nodes().size(), 0, maxNodes);
        check("transitions", "maxTransitions", created.transitions().size(), 0, maxTransitions);
    }

    private static void check(String field, String limit, int after, int before, int max) {
        if (after > max && after > before) {
            throw new LimitExceededException(
                    field,
                    "a journey may have at most "
                            + max
                            + " "
                            + field
                            + " (the engine's "
                            + limit
                            + "); this change would give it "
                            + after,
                    limit,
                    max,
                    after);
        }
    }
}
