package com.ascendkit.journeys.client.config;

/** Shows API keys without revealing them: {@code sk_…abcd}. Use it wherever a key might print. */
public final class Keys {
    private Keys() {}

    /** The key's {@code sk_}/{@code pk_} prefix and last four characters; "none" for null. */
    public static String mask(String key) {
        if (key == null) {
            return "none";
        }
        int underscore = key.indexOf('_');
        String prefix = underscore > 0 && underscore <= 4 ? key.substring(0, underscore + 1) : "";
        if (key.length() - prefix.length() < 12) {
            return prefix + "…";
        }
        return prefix + "…" + key.substring(key.length() - 4);
    }
}
