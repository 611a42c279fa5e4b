package com.ascendkit.journeys.client.users;

import com.ascendkit.journeys.client.internal.ApiRequest;
import com.ascendkit.journeys.client.internal.Transport;
import java.util.Objects;

/** Users as the engine knows them (an event for an unknown user creates a bare one). */
public final class Users {
    private final Transport transport;

    public Users(Transport transport) {
        this.transport = transport;
    }

    /** {@code PUT /v1/users/{userId}}: creates or updates the profile. */
    public UserProfile put(String userId, UpsertUserRequest request) {
        Objects.requireNonNull(request, "request");
        return transport.send(
                ApiRequest.put("v1", "users", userId).body(request), UserProfile.class);
    }

    /**
     * {@code GET /v1/users?query=&limit=&cursor=}: one page of users by id; {@code query} (null for
     * all) matches the start of the user id or of the email address, ignoring case.
     */
    public UserPage list(String query, Integer limit, String cursor) {
        return transport.send(
                ApiRequest.get("v1", "users")
                        .query("query", query)
                        .query("limit", limit)
                        .query("cursor", cursor),
                UserPage.class);
    }

    /** {@code GET /v1/users/{userId}}: profile, tags, stage, journey states and path. */
    public UserProfile get(String userId) {
        return transport.send(ApiRequest.get("v1", "users", userId), UserProfile.class);
    }

    /** {@code DELETE /v1/users/{userId}}: erases the user and everything personal about them. */
    public void delete(String userId) {
        transport.execute(ApiRequest.delete("v1", "users", userId));
    }
}
