package com.ascendkit.journeys.model.topology.rules;

import java.util.List;

/** The wording the rules share, so every warning quotes names the same way. */
final class Phrases {
    /** How many names a message lists before it says "and N more". */
    static final int MAX_NAMES = 5;

    private Phrases() {}

    static String quote(String name) {
        return "'" + name + "'";
    }

    /** {@code 'a'}, {@code 'a' and 'b'}, {@code 'a', 'b' and 'c'}, or the first few and a count. */
    static String quoteAll(List<String> names) {
        int shown = Math.min(names.size(), MAX_NAMES);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                out.append(i == shown - 1 && shown == names.size() ? " and " : ", ");
            }
            out.append(quote(names.get(i)));
        }
        if (shown < names.size()) {
            out.append(" and ").append(names.size() - shown).append(" more");
        }
        return out.toString();
    }
}
