package com.ascendkit.journeys.client.internal;

/** Reads a journey version from an {@code ETag}: {@code "12"}, {@code W/"12"} or {@code 12}. */
public final class Etags {
    private Etags() {}

    public static long version(String etag, long fallback) {
        if (etag == null) {
            return fallback;
        }
        String text = etag.strip();
        if (text.startsWith("W/")) {
            text = text.substring(2);
        }
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException notAVersion) {
            return fallback;
        }
    }
}
