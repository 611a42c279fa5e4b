package com.ascendkit.journeys.model;

import java.util.regex.Pattern;

/** Slugs of templates and surveys, and the free-text names of tags and stages. */
public final class Slugs {
    private static final Pattern SLUG = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$");

    private Slugs() {}

    public static boolean isSlug(String slug) {
        return slug != null && SLUG.matcher(slug).matches();
    }

    /** Requires a slug in {@code field}; {@code owner} names what needs it, for the message. */
    public static String require(String field, String slug, String owner) {
        if (slug == null) {
            throw new InvalidInputException(field, owner + " requires '" + field + "'");
        }
        if (!isSlug(slug)) {
            throw new InvalidInputException(
                    field,
                    "invalid slug "
                            + Quoted.of(slug)
                            + " in '"
                            + field
                            + "': use 1-100 of a-z, A-Z (no accents), 0-9, '_', '.' and '-', starting"
                            + " with a letter or digit");
        }
        return slug;
    }

    /** Requires non-blank text of at most 100 characters in {@code field}. */
    public static String requireText(String field, String text, String owner) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, owner + " requires '" + field + "'");
        }
        if (text.length() > 100) {
            throw new InvalidInputException(field, "'" + field + "' is longer than 100 characters");
        }
        return text;
    }
}
