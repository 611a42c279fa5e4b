package com.ascendkit.journeys.client.users;

import com.fasterxml.jackson.annotation.JsonInclude;

/** {@code PUT /v1/users/{userId}}: the profile fields to set; null ones are left out. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpsertUserRequest(String email, String name, String provider) {

    public static UpsertUserRequest email(String email) {
        return new UpsertUserRequest(email, null, null);
    }

    public UpsertUserRequest withName(String value) {
        return new UpsertUserRequest(email, value, provider);
    }

    public UpsertUserRequest withProvider(String value) {
        return new UpsertUserRequest(email, name, value);
    }
}
