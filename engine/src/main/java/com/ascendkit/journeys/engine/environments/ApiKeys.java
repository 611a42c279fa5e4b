package com.ascendkit.journeys.engine.environments;

import com.ascendkit.journeys.engine.internal.Base62;
import com.ascendkit.journeys.engine.internal.Hashes;
import java.util.regex.Pattern;

/**
 * The shape of API keys: {@code sk_} (secret) or {@code pk_} (publishable) and 32 base-62
 * characters from a {@code SecureRandom} (190 bits). Only their SHA-256 is stored.
 */
public final class ApiKeys {
    private static final Pattern SHAPE = Pattern.compile("^(sk|pk)_[0-9A-Za-z]{32}$");

    private ApiKeys() {}

    public static String newSecretKey() {
        return "sk_" + Base62.random(32);
    }

    public static String newPublishableKey() {
        return "pk_" + Base62.random(32);
    }

    public static boolean isWellFormed(String key) {
        return key != null && SHAPE.matcher(key).matches();
    }

    public static String hash(String key) {
        return Hashes.sha256(key);
    }
}
