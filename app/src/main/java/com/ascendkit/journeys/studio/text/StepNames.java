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
        int bad = NameCharacters.firstRefused(name);
        if (bad < 0) { // every character may be in a name: the first may not start one
            return "'"
                    + Words.shorten(name)
                    + "' starts with "
                    + NameCharacters.named(name.codePointAt(0))
                    + ": a step name starts with a letter or a digit";
        }
        return NameCharacters.named(bad)
                + " can't be used in a step name: use a-z, A-Z (no accents), 0-9, '_', '.' and"
                + " '-'";
    }
}
