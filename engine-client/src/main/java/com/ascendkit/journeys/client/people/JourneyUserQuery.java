package com.ascendkit.journeys.client.people;

/**
 * The filter and page of {@code GET /v1/journeys/{id}/users}: null fields are left out. {@code
 * status} is active, completed, failed or exited; {@code failed} is the same as status failed.
 * {@code limit} defaults to 50 on the engine, at most 500.
 */
public record JourneyUserQuery(
        String node, String status, boolean failed, Integer limit, String cursor) {

    public JourneyUserQuery {
        if (limit != null && (limit < 1 || limit > 500)) {
            throw new IllegalArgumentException("limit must be 1 to 500, was " + limit);
        }
    }

    public static JourneyUserQuery all() {
        return new JourneyUserQuery(null, null, false, null, null);
    }

    /** The users active in {@code node} now: a card's "here". */
    public static JourneyUserQuery activeIn(String node) {
        return new JourneyUserQuery(node, "active", false, null, null);
    }

    public static JourneyUserQuery failedOnes() {
        return new JourneyUserQuery(null, null, true, null, null);
    }

    public JourneyUserQuery withNode(String value) {
        return new JourneyUserQuery(value, status, failed, limit, cursor);
    }

    public JourneyUserQuery withStatus(String value) {
        return new JourneyUserQuery(node, value, failed, limit, cursor);
    }

    public JourneyUserQuery withLimit(int value) {
        return new JourneyUserQuery(node, status, failed, value, cursor);
    }

    public JourneyUserQuery withCursor(String value) {
        return new JourneyUserQuery(node, status, failed, limit, value);
    }
}
