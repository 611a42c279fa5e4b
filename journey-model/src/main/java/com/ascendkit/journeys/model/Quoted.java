package com.ascendkit.journeys.model;

/**
 * A value quoted back in an error message, the one way every module does it: {@code 'value'}, or,
 * past {@value #MAX} characters, its start, an ellipsis and its length, {@code 'aaaa…' (1048576
 * characters)}. A 1 MB user id thus gives an error of a few hundred bytes, and the length says why
 * it was refused. Characters are code points: a cut never splits one.
 */
public final class Quoted {
    /** The most characters of a value an error message repeats. */
    public static final int MAX = 100;

    private Quoted() {}

    /** {@code value} in single quotes, cut after {@value #MAX} characters; {@code null} as is. */
    public static String of(String value) {
        if (value == null) {
            return "null";
        }
        int length = value.codePointCount(0, value.length());
        if (length <= MAX) {
            return "'" + value + "'";
        }
        return "'"
                + value.substring(0, value.offsetByCodePoints(0, MAX))
                + "…' ("
                + length
                + " characters)";
    }
}
