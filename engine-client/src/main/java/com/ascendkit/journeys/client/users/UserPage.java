package com.ascendkit.journeys.client.users;

import java.util.List;
import java.util.Optional;

/** One page of {@code GET /v1/users}, by user id; {@code nextCursor} is null on the last page. */
public record UserPage(List<UserSummary> items, String nextCursor) {
    public UserPage {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public Optional<String> next() {
        return Optional.ofNullable(nextCursor);
    }
}
