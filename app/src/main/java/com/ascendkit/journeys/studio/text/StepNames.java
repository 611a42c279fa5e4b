package com.ascendkit.journeys.studio.text;

import com.ascendkit.journeys.model.Names;

/**
 * What is wrong with a step name, in a marketer's words, stating the rule exactly as {@link
 * Names#isNodeName} enforces it (letters without accents, so "café" names the 'é').
 */
public final class StepNames {
    static final int MAX = 64;

    private StepNames() {}

    /** Empty when {@code name} is a valid step name, else what is wrong with it. */
    public static String problem(String name) {
        if (name == null || name.isBlank()) {
            return "Give the step a name";
        }
        if (Names.isNodeName(name)) {
            return "";
        }
        int length = name.codePointCount(0, name.length());
        if (length > MAX) {
            return "A step name has at most " + MAX + " characters; this one has " + length;
        }
        int bad =
                name.codePoints().filter(c -> !allowed(c)).findFirst().orElse(name.codePointAt(0));
        String shown = bad == ' ' ? "a space" : "'" + Character.toString(bad) + "'";
        if (allowed(bad)) {
            return "'"
                    + Words.shorten(name)
                    + "' starts with "
                    + shown
                    + ": a step name starts with a letter or a digit";
        }
        return shown
                + " can't be used in a step name: use a-z, A-Z (no accents), 0-9, '_', '.' and"
                + " '-'";
    }

    private static boolean allowed(int c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || c == '_'
                || c == '.'
                || c == '-';
    }
}
