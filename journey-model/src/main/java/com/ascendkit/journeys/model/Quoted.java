package com.ascendkit.journeys.model;

/** Values quoted back in messages: a 300-character name is cut, not echoed whole. */
final class Quoted {
    static final int MAX = 40;

    private Quoted() {}

    static String shortened(String value) {
        if (value == null || value.codePointCount(0, value.length()) <= MAX) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, MAX - 1)) + "…";
    }
}
