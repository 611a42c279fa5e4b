package com.ascendkit.journeys.engine.runtime.people;

import com.ascendkit.journeys.model.InvalidInputException;
import com.ascendkit.journeys.model.Quoted;
import java.util.List;

/**
 * The filter of {@code GET /v1/journeys/{id}/users}: {@code node} (any when null), {@code status}
 * (active when null: "who is in a step"; {@code any} for every status), a page size and cursor.
 */
public record PeopleQuery(String node, String status, int limit, String cursor) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;
    static final List<String> STATUSES = List.of("active", "completed", "failed", "exited", "any");

    /** Reads the query's texts; {@code failed} true is the same as status failed. */
    public static PeopleQuery of(
            String node, String status, boolean failed, String limit, String cursor) {
        if (status != null && !STATUSES.contains(status)) {
            throw new InvalidInputException(
                    "status",
                    "invalid status "
                            + Quoted.of(status)
                            + ": use active, completed, failed, exited or any");
        }
        if (failed && status != null && !status.equals("failed")) {
            throw new InvalidInputException(
                    "failed",
                    "failed=true asks for failed users, but status is "
                            + Quoted.of(status)
                            + ": give one of them");
        }
        String chosen = failed ? "failed" : status == null ? "active" : status;
        return new PeopleQuery(
                node == null || node.isEmpty() ? null : node, chosen, size(limit), cursor);
    }

    private static int size(String text) {
        if (text == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int n = Integer.parseInt(text);
            if (n >= 1 && n <= MAX_LIMIT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the error below
        }
        throw new InvalidInputException(
                "limit",
                "invalid limit " + Quoted.of(text) + ": use a whole number from 1 to " + MAX_LIMIT);
    }

    boolean anyStatus() {
        return status.equals("any");
    }
}
