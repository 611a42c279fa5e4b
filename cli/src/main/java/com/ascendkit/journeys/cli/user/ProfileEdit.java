package com.ascendkit.journeys.cli.user;

import com.ascendkit.journeys.client.users.UpsertUserRequest;
import com.ascendkit.journeys.client.users.UserProfile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code user set} was asked to change. The engine's {@code PUT} replaces a profile whole, but
 * {@code user set u1 --name Ada} means "and keep the rest", so the edit is applied over the profile
 * as read: a null field keeps the stored value, an empty one clears it; properties are merged key
 * by key ({@code key=} removes one). The provider is always kept.
 */
record ProfileEdit(
        String email, String name, String timeZone, List<PropertyAssignment> properties) {

    ProfileEdit {
        properties = properties == null ? List.of() : List.copyOf(properties);
    }

    /** True when no option was given: nothing to set. */
    boolean isEmpty() {
        return email == null && name == null && timeZone == null && properties.isEmpty();
    }

    /** The whole profile to {@code PUT}: this edit over {@code current} (null for a new user). */
    UpsertUserRequest applyTo(UserProfile current) {
        Map<String, Object> merged = new LinkedHashMap<>();
        if (current != null) {
            merged.putAll(current.properties());
        }
        for (PropertyAssignment p : properties) {
            if (p.removes()) {
                merged.remove(p.key());
            } else {
                merged.put(p.key(), p.value());
            }
        }
        return new UpsertUserRequest(
                field(email, current == null ? null : current.email()),
                field(name, current == null ? null : current.name()),
                current == null ? null : current.provider(),
                merged,
                field(timeZone, current == null ? null : current.timeZone()));
    }

    /** The option's value over the stored one: null keeps it, empty clears it. */
    private static String field(String given, String stored) {
        if (given == null) {
            return stored;
        }
        return given.isEmpty() ? null : given;
    }
}
