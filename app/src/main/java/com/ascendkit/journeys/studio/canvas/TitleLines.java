package com.ascendkit.journeys.studio.canvas;

import java.util.function.ToDoubleFunction;

/**
 * How a card shows its node's name within a fixed width: on one line; else on two, broken after a
 * '_', '-' or '.' where the two lines are most even (names are snake_case, so a break inside a word
 * reads worse), else wherever the first line is full; else two lines, the second ending in "…".
 * Cards keep one size, so the world geometry ({@link CardGeometry}) does not depend on fonts. The
 * caller measures; nothing here knows a font.
 *
 * @param second null when the name fits on one line
 */
record TitleLines(String first, String second, boolean shortened) {
    static final String ELLIPSIS = "…";

    /** The text to show: the lines joined by a line break. */
    String text() {
        return second == null ? first : first + "\n" + second;
    }

    static TitleLines fit(String name, ToDoubleFunction<String> width, double max) {
        if (width.applyAsDouble(name) <= max) {
            return new TitleLines(name, null, false);
        }
        int best = -1;
        double bestWidest = Double.MAX_VALUE;
        int full = 0; // the longest first line that fits
        for (int i = 1; i < name.length(); i++) {
            double first = width.applyAsDouble(name.substring(0, i));
            if (first > max) {
                break;
            }
            full = i;
            if ("_-.".indexOf(name.charAt(i - 1)) >= 0) {
                double second = width.applyAsDouble(name.substring(i));
                double widest = Math.max(first, second);
                if (second <= max && widest < bestWidest) {
                    best = i;
                    bestWidest = widest;
                }
            }
        }
        int at = best > 0 ? best : Math.max(full, 1);
        String rest = name.substring(at);
        if (width.applyAsDouble(rest) <= max) {
            return new TitleLines(name.substring(0, at), rest, false);
        }
        int keep = rest.length();
        while (keep > 0 && width.applyAsDouble(rest.substring(0, keep) + ELLIPSIS) > max) {
            keep--;
        }
        return new TitleLines(name.substring(0, at), rest.substring(0, keep) + ELLIPSIS, true);
    }
}
