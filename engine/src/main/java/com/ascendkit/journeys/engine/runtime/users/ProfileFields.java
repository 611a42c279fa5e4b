package com.ascendkit.journeys.engine.runtime.users;

import com.ascendkit.journeys.model.Emails;
import com.ascendkit.journeys.model.InvalidInputException;
import com.ascendkit.journeys.model.Quoted;
import com.ascendkit.journeys.model.Scalars;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;

/**
 * The profile {@code PUT /v1/users/{userId}} sets, whole: a null field is cleared. Checked when
 * made, naming the field: an email address, names of 1–200 and 1–64 characters, properties a flat
 * object of scalars (stored and shown; templates do not read them yet), a time zone by its IANA id
 * ({@code Europe/Paris}).
 */
public record ProfileFields(
        String email,
        String name,
        String provider,
        Map<String, Object> properties,
        String timeZone) {
    public ProfileFields {
        if (email != null) {
            Emails.require("email", email);
        }
        requireLength("name", name, 200);
        requireLength("provider", provider, 64);
        properties = Scalars.requireFlat("properties", properties);
        if (timeZone != null) {
            requireZone(timeZone);
        }
    }

    private static void requireZone(String timeZone) {
        try {
            if (timeZone.length() <= 64 && ZoneId.of(timeZone).getId().equals(timeZone)) {
                return;
            }
        } catch (DateTimeException e) {
            // falls through to the error below
        }
        throw new InvalidInputException(
                "timeZone",
                "invalid timeZone "
                        + Quoted.of(timeZone)
                        + ": use an IANA time zone such as Europe/Paris or America/New_York");
    }

    private static void requireLength(String field, String value, int max) {
        if (value != null && (value.isBlank() || value.length() > max)) {
            throw new InvalidInputException(
                    field,
                    "invalid " + field + " " + Quoted.of(value) + ": use 1-" + max + " characters");
        }
    }
}
