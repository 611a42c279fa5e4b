package com.ascendkit.journeys.studio.people;

import com.ascendkit.journeys.client.people.JourneyUserQuery;

/**
 * Which users the people panel lists: those in a step now ({@code here}), those who failed at a
 * step, or every failed user of the journey ({@code node} null).
 */
public record PeopleScope(String node, boolean failed) {

    /** The users in {@code node} now: a card's "N here". */
    public static PeopleScope here(String node) {
        return new PeopleScope(node, false);
    }

    /** The users who failed at {@code node}: a card's "✕ N". */
    public static PeopleScope failedAt(String node) {
        return new PeopleScope(node, true);
    }

    /** Every failed user of the journey: the status bar's failed count. */
    public static PeopleScope allFailed() {
        return new PeopleScope(null, true);
    }

    JourneyUserQuery query() {
        return failed
                ? JourneyUserQuery.failedOnes().withNode(node)
                : JourneyUserQuery.activeIn(node);
    }

    /** The panel's heading: "In welcome_email now", "Failed at welcome_email", "Failed users". */
    String title() {
        if (!failed) {
            return "In " + node + " now";
        }
        return node == null ? "Failed users" : "Failed at " + node;
    }
}
