package com.ascendkit.journeys.engine.api.auth;

import com.ascendkit.journeys.engine.internal.Base62;
import com.ascendkit.journeys.engine.internal.Hashes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The local admin token: a secret the engine's launcher makes on every start and writes only to its
 * owner-only credentials file, which the operator routes ({@code /v1/admin/…}) take instead of an
 * API key. It is not an API key (those belong to one environment and may not act beyond it), so it
 * has its own prefix, {@code adm_}, and 32 base-62 characters from a {@code SecureRandom}. Only its
 * SHA-256 is kept here, and a presented token is compared by hash in constant time, so the time of
 * a refusal tells nothing of the token. {@code toString} hides it. Immutable.
 */
public final class AdminToken {
    private static final String PREFIX = "adm_";

    private final byte[] digest;

    private AdminToken(String token) {
        this.digest = Hashes.sha256(token).getBytes(StandardCharsets.US_ASCII);
    }

    /** A new random token, to give to the engine and write to the credentials file. */
    public static String newToken() {
        return PREFIX + Base62.random(32);
    }

    /** The token an engine accepts; any non-blank text without surrounding spaces. */
    public static AdminToken of(String token) {
        if (token == null || token.isBlank() || !token.strip().equals(token)) {
            throw new IllegalArgumentException(
                    "the admin token must not be blank or have surrounding whitespace");
        }
        return new AdminToken(token);
    }

    /** Whether {@code presented} is this token; in time independent of where they differ. */
    public boolean matches(String presented) {
        if (presented == null) {
            return false;
        }
        byte[] other = Hashes.sha256(presented).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(digest, other);
    }

    @Override
    public String toString() {
        return "AdminToken[hidden]";
    }
}
