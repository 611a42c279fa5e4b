package com.ascendkit.journeys.model;

import java.util.regex.Pattern;

/** The light check an email address gets before it is stored (delivery is the real test). */
public final class Emails {
    private static final Pattern ADDRESS = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s.]+$");

    private Emails() {}

    public static boolean isEmail(String text) {
        return text != null && text.length() <= 254 && ADDRESS.matcher(text).matches();
    }

    public static String require(String field, String text) {
        if (!isEmail(text)) {
            throw new InvalidInputException(
                    field, "invalid email address " + Quoted.of(text) + " in '" + field + "'");
        }
        return text;
    }
}
