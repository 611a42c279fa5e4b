package com.ascendkit.journeys.studio.text;

import java.util.Locale;

/** Counts and values as a marketer reads them: "1 step", "3 steps", a long name cut short. */
public final class Words {
    /** The longest value a message quotes whole; longer ones end in "…". */
    public static final int QUOTED = 40;

    private Words() {}

    /** {@code count} and the noun, plural when the count is not one: "1 step", "0 steps". */
    public static String count(long count, String noun) {
        return count(count, noun, plural(noun));
    }

    /** As {@link #count(long, String)}, with an irregular plural ("1 user is", "2 users are"). */
    public static String count(long count, String singular, String plural) {
        return String.format(Locale.ROOT, "%,d %s", count, count == 1 ? singular : plural);
    }

    /** "is" or "are", to follow a count. */
    public static String isAre(long count) {
        return count == 1 ? "is" : "are";
    }

    /** {@code text} cut to {@link #QUOTED} characters with "…" when longer; null stays null. */
    public static String shorten(String text) {
        if (text == null || text.codePointCount(0, text.length()) <= QUOTED) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, QUOTED - 1)) + "…";
    }

    /** "Skip" for SKIP: an enum constant as a word. */
    public static String capitalised(String constant) {
        String lower = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
        return lower.isEmpty()
                ? lower
                : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static String plural(String noun) {
        if (noun.endsWith("y") && !noun.endsWith("ey")) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        return noun.endsWith("s") || noun.endsWith("x") || noun.endsWith("ch")
                ? noun + "es"
                : noun + "s";
    }
}
