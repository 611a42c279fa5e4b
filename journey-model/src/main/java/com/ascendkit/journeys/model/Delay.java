package com.ascendkit.journeys.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A timer delay as the contract writes it: {@code 30m}, {@code 12h}, {@code 2d}, {@code 1w}; a bare
 * number is minutes and is kept as {@code <n>m}. The unit the user chose is never changed ({@code
 * 1w} stays {@code 1w}). At most 365 days.
 */
public record Delay(long amount, char unit) {
    private static final Pattern GRAMMAR = Pattern.compile("^([1-9][0-9]*)([mhdw]?)$");
    private static final Pattern ZERO = Pattern.compile("^0+[mhdw]?$");
    private static final long MAX_MINUTES = 365L * 24 * 60;

    public Delay {
        if (amount < 1 || "mhdw".indexOf(unit) < 0) {
            throw new IllegalArgumentException("not a delay: " + amount + unit);
        }
    }

    /** Parses {@code text} or fails naming {@code field} and quoting the value. */
    public static Delay parse(String field, String text) {
        if (text == null) {
            throw new InvalidInputException(
                    field, "'" + field + "' is required (e.g. 30m, 12h, 2d, 1w)");
        }
        Matcher m = GRAMMAR.matcher(text);
        if (ZERO.matcher(text).matches()) {
            throw new InvalidInputException(
                    field,
                    "delay "
                            + Quoted.of(text)
                            + " in '"
                            + field
                            + "' is no wait: use at least 1 (30m, 12h, 2d, 1w), or a transition"
                            + " on an event");
        }
        if (!m.matches()) {
            throw new InvalidInputException(
                    field,
                    "invalid delay "
                            + Quoted.of(text)
                            + " in '"
                            + field
                            + "': use a whole number followed by m, h, d or w (30m, 12h, 2d, 1w);"
                            + " a bare number is minutes");
        }
        char unit = m.group(2).isEmpty() ? 'm' : m.group(2).charAt(0);
        // More than 9 digits is more than 365 days in any unit; checked first so it cannot
        // overflow.
        if (m.group(1).length() > 9
                || new Delay(Long.parseLong(m.group(1)), unit).minutes() > MAX_MINUTES) {
            throw new InvalidInputException(
                    field,
                    "delay " + Quoted.of(text) + " in '" + field + "' is longer than 365 days");
        }
        return new Delay(Long.parseLong(m.group(1)), unit);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Delay fromJson(String text) {
        return parse("delay", text);
    }

    /** A bare JSON number ({@code "delay": 90}) is minutes, as a bare number in a string is. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Delay fromJson(long minutes) {
        return parse("delay", Long.toString(minutes));
    }

    public long minutes() {
        return switch (unit) {
            case 'm' -> amount;
            case 'h' -> amount * 60;
            case 'd' -> amount * 60 * 24;
            default -> amount * 60 * 24 * 7;
        };
    }

    public Duration toDuration() {
        return Duration.ofMinutes(minutes());
    }

    @JsonValue
    @Override
    public String toString() {
        return amount + String.valueOf(unit);
    }
}
