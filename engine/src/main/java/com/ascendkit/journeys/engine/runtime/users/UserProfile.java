package com.ascendkit.journeys.engine.runtime.users;

import java.time.Instant;
import java.util.List;

/** A user of an environment: profile, tags (in the order added) and lifecycle stage. */
public record UserProfile(
        String environmentId,
        String userId,
        String email,
        String name,
        String provider,
        List<String> tags,
        String stage,
        Instant createdAt,
        Instant updatedAt) {

    public UserProfile {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** The same user with {@code tags} and {@code stage}, as changed at {@code at}. */
    public UserProfile with(List<String> newTags, String newStage, Instant at) {
        return new UserProfile(
                environmentId, userId, email, name, provider, newTags, newStage, createdAt, at);
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
