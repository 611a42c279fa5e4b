package com.ascendkit.journeys.engine.journeys;

/**
 * The {@code If-Match} rule: absent matches anything; otherwise one of its comma-separated tags,
 * quoted ({@code "3"}), weak ({@code W/"3"}) or bare ({@code 3}), must be the current version, or
 * {@code *}.
 */
final class IfMatch {
    private IfMatch() {}

    static boolean matches(String header, long version) {
        if (header == null || header.isBlank()) {
            return true;
        }
        String current = Long.toString(version);
        for (String tag : header.split(",")) {
            String t = tag.trim();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
                t = t.substring(1, t.length() - 1);
            }
            if (t.equals("*") || t.equals(current)) {
                return true;
            }
        }
        return false;
    }
}
