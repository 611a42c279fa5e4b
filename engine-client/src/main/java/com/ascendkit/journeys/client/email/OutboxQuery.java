package com.ascendkit.journeys.client.email;

/**
 * The filter and page of {@code GET /v1/email/outbox}: null fields are left out. {@code limit}
 * defaults to 100 on the engine, at most 1,000.
 */
public record OutboxQuery(String journeyId, String userId, Integer limit, String cursor) {

    public OutboxQuery {
        if (limit != null && (limit < 1 || limit > 1000)) {
            throw new IllegalArgumentException("limit must be 1 to 1000, was " + limit);
        }
    }

    public static OutboxQuery all() {
        return new OutboxQuery(null, null, null, null);
    }

    public OutboxQuery withJourneyId(String value) {
        return new OutboxQuery(value, userId, limit, cursor);
    }

    public OutboxQuery withUserId(String value) {
        return new OutboxQuery(journeyId, value, limit, cursor);
    }

    public OutboxQuery withLimit(int value) {
        return new OutboxQuery(journeyId, userId, value, cursor);
    }

    public OutboxQuery withCursor(String value) {
        return new OutboxQuery(journeyId, userId, limit, value);
    }
}
