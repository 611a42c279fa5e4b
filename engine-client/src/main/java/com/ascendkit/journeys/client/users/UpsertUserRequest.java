package com.ascendkit.journeys.client.users;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code PUT /v1/users/{userId}}: the profile to set (the engine replaces it whole, so a null field
 * clears it). {@code properties} are scalars kept with the profile (templates do not read them
 * yet); {@code timeZone} an IANA zone id such as {@code Europe/Paris}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record UpsertUserRequest(
        String email,
        String name,
        String provider,
        Map<String, Object> properties,
        String timeZone) {

    public UpsertUserRequest {
        properties =
                properties == null
                        ? Map.of()
                        : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    public UpsertUserRequest(String email, String name, String provider) {
        this(email, name, provider, null, null);
    }

    public static UpsertUserRequest email(String email) {
        return new UpsertUserRequest(email, null, null);
    }

    public UpsertUserRequest withName(String value) {
        return new UpsertUserRequest(email, value, provider, properties, timeZone);
    }

    public UpsertUserRequest withProvider(String value) {
        return new UpsertUserRequest(email, name, value, properties, timeZone);
    }

    public UpsertUserRequest withProperties(Map<String, Object> value) {
        return new UpsertUserRequest(email, name, provider, value, timeZone);
    }

    public UpsertUserRequest withTimeZone(String value) {
        return new UpsertUserRequest(email, name, provider, properties, value);
    }
}
