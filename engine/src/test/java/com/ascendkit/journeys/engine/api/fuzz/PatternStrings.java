package com.ascendkit.journeys.engine.api.fuzz;

import java.util.Random;

/**
 * A string matching one of the contract's patterns. Handles the subset {@code docs/openapi.yaml}
 * uses (anchors, literals, escapes, {@code [...]} and {@code [^...]} classes, {@code ? * + {m,n}});
 * repetition is kept short so that values look like what a client sends.
 */
final class PatternStrings {
    /** Where the characters of a negated class are drawn from. */
    private static final String ALPHABET =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-";

    private PatternStrings() {}

    static String generate(String pattern, Random random) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '^' || c == '$') {
                i++;
                continue;
            }
            String choices;
            if (c == '[') {
                int end = classEnd(pattern, i);
                choices = members(pattern.substring(i + 1, end));
                i = end + 1;
            } else if (c == '\\') {
                choices = escaped(pattern.charAt(i + 1));
                i += 2;
            } else {
                choices = String.valueOf(c);
                i++;
            }
            int[] range = {1, 1};
            i = quantifier(pattern, i, range);
            int n = range[0] + random.nextInt(Math.min(range[1], range[0] + 8) - range[0] + 1);
            for (int k = 0; k < n; k++) {
                out.append(choices.charAt(random.nextInt(choices.length())));
            }
        }
        return out.toString();
    }

    private static int classEnd(String p, int start) {
        int i = start + 1;
        while (p.charAt(i) != ']') {
            i += p.charAt(i) == '\\' ? 2 : 1;
        }
        return i;
    }

    /** The characters a class admits (for a negated class: those of the alphabet it admits). */
    private static String members(String body) {
        boolean negated = body.startsWith("^");
        StringBuilder listed = new StringBuilder();
        String b = negated ? body.substring(1) : body;
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (c == '\\') {
                listed.append(escaped(b.charAt(++i)));
            } else if (i + 2 < b.length() && b.charAt(i + 1) == '-') {
                for (char x = c; x <= b.charAt(i + 2); x++) {
                    listed.append(x);
                }
                i += 2;
            } else {
                listed.append(c);
            }
        }
        if (!negated) {
            return listed.toString();
        }
        StringBuilder admitted = new StringBuilder();
        for (char c : ALPHABET.toCharArray()) {
            if (listed.indexOf(String.valueOf(c)) < 0) {
                admitted.append(c);
            }
        }
        return admitted.toString();
    }

    private static String escaped(char c) {
        return switch (c) {
            case 's' -> " \t\n\r";
            case 'd' -> "0123456789";
            default -> String.valueOf(c);
        };
    }

    /** Reads a quantifier at {@code i} into {@code range}; returns the index after it. */
    private static int quantifier(String p, int i, int[] range) {
        if (i >= p.length()) {
            return i;
        }
        switch (p.charAt(i)) {
            case '?' -> {
                range[0] = 0;
                return i + 1;
            }
            case '*' -> {
                range[0] = 0;
                range[1] = 8;
                return i + 1;
            }
            case '+' -> {
                range[1] = 8;
                return i + 1;
            }
            case '{' -> {
                int end = p.indexOf('}', i);
                String[] parts = p.substring(i + 1, end).split(",", -1);
                range[0] = Integer.parseInt(parts[0]);
                range[1] = parts.length == 1 ? range[0] : Integer.parseInt(parts[1]);
                return end + 1;
            }
            default -> {
                return i;
            }
        }
    }
}
