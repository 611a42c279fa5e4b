package com.ascendkit.journeys.client.people;

import java.util.List;
import java.util.Optional;

/**
 * One page of a journey's users; {@code nextCursor} is null on the last page. {@code reasons}
 * counts the failed users matching the filter by reason (every page carries the whole count; empty
 * when the filter asks for no failed users).
 */
public record JourneyUserPage(
        List<JourneyUser> items, String nextCursor, List<FailureReason> reasons) {
    public JourneyUserPage {
        items = items == null ? List.of() : List.copyOf(items);
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    public Optional<String> next() {
        return Optional.ofNullable(nextCursor);
    }

    /** How many failed users share one reason, in words ("no email address"). */
    public record FailureReason(String reason, long users) {}
}
