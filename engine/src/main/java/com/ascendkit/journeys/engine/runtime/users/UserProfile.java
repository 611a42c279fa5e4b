package com.ascendkit.journeys.engine.runtime.users;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A user of an environment: profile (with its properties and a time zone), tags (in the order
 * added) and lifecycle stage.
 */
public record UserProfile(
        String environmentId,
        String userId,
        String email,
        String name,
        String provider,
        Map<String, Object> properties,
        String timeZone,
        List<String> tags,
        String stage,
        Instant createdAt,
        Instant updatedAt) {

    public UserProfile {
        tags = tags == null ? List.of() : List.copyOf(tags);
        // a property may be null, which Map.copyOf refuses
        properties =
                properties == null
                        ? Map.of()
                        : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    /** The same user with {@code tags} and {@code stage}, as changed at {@code at}. */
    public UserProfile with(List<String> newTags, String newStage, Instant at) {
        return new UserProfile(
                environmentId,
                userId,
                email,
                name,
                provider,
                properties,
                timeZone,
                newTags,
                newStage,
                createdAt,
                at);
    }

    /** {@code name}, else the part of the email before {@code @}, else the empty string. */
    public String displayName() {
        if (name != null && !name.isBlank()) {
            return name;
        }
        if (email != null && email.indexOf('@') > 0) {
            return email.substring(0, email.indexOf('@'));
        }
        return "";
    }
}
