package com.ascendkit.journeys.client.people;

import com.ascendkit.journeys.client.internal.ApiRequest;
import com.ascendkit.journeys.client.internal.Transport;
import java.util.Objects;

/** The users inside a journey and what happened to each of them there. */
public final class People {
    private final Transport transport;

    public People(Transport transport) {
        this.transport = transport;
    }

    /**
     * {@code GET /v1/journeys/{id}/users?node=&status=&failed=&limit=&cursor=}: one page, newest
     * arrival at their step first.
     */
    public JourneyUserPage list(String journeyId, JourneyUserQuery query) {
        Objects.requireNonNull(query, "query");
        ApiRequest call =
                ApiRequest.get("v1", "journeys", journeyId, "users")
                        .query("node", query.node())
                        .query("status", query.status())
                        .query("failed", query.failed() ? "true" : null)
                        .query("limit", query.limit())
                        .query("cursor", query.cursor());
        return transport.send(call, JourneyUserPage.class);
    }

    /** {@code GET /v1/journeys/{id}/users/{userId}/path}: the user's steps, oldest first. */
    public UserPath path(String journeyId, String userId) {
        return transport.send(
                ApiRequest.get("v1", "journeys", journeyId, "users", userId, "path"),
                UserPath.class);
    }
}
