package com.ascendkit.journeys.cli.user;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * One {@code --property key=value} of {@code user set}. The value is typed as JSON would read it
 * unquoted: {@code true} and {@code false} are booleans, a JSON number is a number, anything else
 * is a string ({@code 007}, not a JSON number, stays the string "007"). An empty value ({@code
 * key=}) removes the key: {@code value} is null.
 */
public record PropertyAssignment(String key, Object value) {
    private static final Pattern JSON_NUMBER =
            Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    /** Whether this assignment removes its key. */
    public boolean removes() {
        return value == null;
    }

    /** {@code key=value} as typed; a missing {@code =} or an empty key is a usage error. */
    public static PropertyAssignment parse(String text) {
        int eq = text.indexOf('=');
        if (eq < 0) {
            throw new TypeConversionException(
                    "expected key=value (key= removes the property), got '" + text + "'");
        }
        if (eq == 0) {
            throw new TypeConversionException("the key before '=' is empty in '" + text + "'");
        }
        String raw = text.substring(eq + 1);
        return new PropertyAssignment(text.substring(0, eq), raw.isEmpty() ? null : value(raw));
    }

    private static Object value(String raw) {
        if (raw.equals("true") || raw.equals("false")) {
            return Boolean.valueOf(raw);
        }
        if (!JSON_NUMBER.matcher(raw).matches()) {
            return raw;
        }
        if (raw.indexOf('.') < 0 && raw.indexOf('e') < 0 && raw.indexOf('E') < 0) {
            BigInteger integer = new BigInteger(raw);
            return integer.bitLength() < Long.SIZE ? (Object) integer.longValue() : integer;
        }
        return new BigDecimal(raw);
    }

    /** picocli's converter for {@code --property}. */
    public static final class Converter implements ITypeConverter<PropertyAssignment> {
        @Override
        public PropertyAssignment convert(String value) {
            return parse(value);
        }
    }
}
