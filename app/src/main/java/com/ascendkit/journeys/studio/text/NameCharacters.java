package com.ascendkit.journeys.studio.text;

/**
 * The characters the contract's names and slugs are made of (a–z, A–Z, 0–9, '_', '.', '-'; no
 * accents), for messages that name the one a user typed that is not.
 */
public final class NameCharacters {
    private NameCharacters() {}

    public static boolean allowed(int c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || c == '_'
                || c == '.'
                || c == '-';
    }

    /** The first character of {@code text} a name may not have, or -1. */
    public static int firstRefused(String text) {
        return text.codePoints().filter(c -> !allowed(c)).findFirst().orElse(-1);
    }

    /** A character as a message names it: "a space", "'é'". */
    public static String named(int c) {
        return Character.isWhitespace(c) ? "a space" : "'" + Character.toString(c) + "'";
    }
}
