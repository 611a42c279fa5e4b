package com.ascendkit.journeys.studio.editing;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * How a key/value row writes a JSON scalar: {@code true}/{@code false} are booleans, numbers are
 * numbers, {@code "…"} in quotes is a string (so {@code "1"} stays a string: filters compare
 * strictly), anything else is a string as typed.
 */
public final class ScalarText {
    private static final Pattern NUMBER = Pattern.compile("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$");

    private ScalarText() {}

    public static Object parse(String text) {
        String t = text.strip();
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
            return t.substring(1, t.length() - 1);
        }
        if (t.equals("true") || t.equals("false")) {
            return Boolean.valueOf(t);
        }
        if (NUMBER.matcher(t).matches()) {
            BigDecimal d = new BigDecimal(t);
            return d.scale() <= 0 && d.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0
                    ? (Object) d.longValueExact()
                    : (Object) d.doubleValue();
        }
        return t;
    }

    public static String format(Object value) {
        if (value instanceof String s) {
            return parse(s) instanceof String ? s : "\"" + s + "\"";
        }
        return String.valueOf(value);
    }
}
