package com.ascendkit.journeys.engine.internal;

import java.security.SecureRandom;

/** Random base-62 strings for ids and keys, from one {@link SecureRandom}. Thread-safe. */
public final class Base62 {
    private static final String ALPHABET =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Base62() {}

    /** {@code length} characters drawn uniformly from {@code [0-9A-Za-z]}. */
    public static String random(int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        return new String(out);
    }

    /** A journey id: {@code jrn_} and 12 characters. */
    public static String journeyId() {
        return "jrn_" + random(12);
    }

    /** An environment id: {@code env_} and 12 characters. */
    public static String environmentId() {
        return "env_" + random(12);
    }
}
