package com.ascendkit.journeys.model;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Flat maps of JSON scalars (entry conditions, event filters) and their strict equality: a string
 * never equals a number ({@code "1"} is not {@code 1}); numbers compare by value ({@code 1} equals
 * {@code 1.0}).
 */
public final class Scalars {
    private Scalars() {}

    public static boolean isScalar(Object value) {
        return value == null
                || value instanceof String
                || value instanceof Boolean
                || value instanceof Number;
    }

    /** An unmodifiable copy of {@code map} (empty for null), or a failure naming the bad key. */
    public static Map<String, Object> requireFlat(String field, Map<String, ?> map) {
        if (map == null || map.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<String, ?> e : map.entrySet()) {
            if (e.getKey() == null || e.getKey().isEmpty()) {
                throw new InvalidInputException(field, "'" + field + "' has an empty key");
            }
            if (!isScalar(e.getValue())) {
                throw new InvalidInputException(
                        field + "." + e.getKey(),
                        "'"
                                + field
                                + "' must be a flat object of strings, numbers and booleans;"
                                + " key "
                                + Quoted.of(e.getKey())
                                + " holds "
                                + kind(e.getValue()));
            }
            copy.put(e.getKey(), e.getValue());
        }
        return Collections.unmodifiableMap(copy);
    }

    private static String kind(Object value) {
        if (value instanceof Map) {
            return "an object";
        }
        return value instanceof Collection || value.getClass().isArray()
                ? "a list"
                : "a " + value.getClass().getSimpleName();
    }

    /** Strict JSON equality of two scalars. */
    public static boolean scalarEquals(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return canonical(x).equals(canonical(y));
        }
        return a.getClass() == b.getClass() && a.equals(b);
    }

    /**
     * A value whose {@code equals} and {@code hashCode} agree with {@link #scalarEquals}: numbers
     * become a {@link BigDecimal} without trailing zeros ({@code 1} and {@code 1.0} give the same
     * value), strings, booleans and null stay as they are. For hashing filters and conditions.
     */
    public static Object canonical(Object scalar) {
        if (scalar instanceof Number n) {
            try {
                return new BigDecimal(n.toString()).stripTrailingZeros();
            } catch (NumberFormatException notFinite) {
                return n; // NaN and infinities: JSON cannot carry them, equal only to themselves
            }
        }
        return scalar;
    }

    /**
     * True when every pair of {@code required} is present in {@code actual} with an equal value.
     */
    public static boolean allMatch(Map<String, Object> required, Map<String, Object> actual) {
        for (Map.Entry<String, Object> e : required.entrySet()) {
            Map<String, Object> props = actual == null ? Map.of() : actual;
            if (!props.containsKey(e.getKey())
                    || !scalarEquals(e.getValue(), props.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /** As JSON, for messages and labels: {@code {"plan": "pro"}}. */
    public static String show(Map<String, Object> map) {
        return map.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\": " + showValue(e.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static String showValue(Object v) {
        return v instanceof String s ? "\"" + s + "\"" : String.valueOf(v);
    }
}
