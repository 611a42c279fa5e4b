package com.ascendkit.journeys.engine.runtime.email;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The stable Message-ID of the email a node visit sends: {@code <jrn_X.U.vN.node@journeys.local>},
 * where U is a hash of the user id (user ids may hold any character; a Message-ID may not) and node
 * keeps only the characters a Message-ID allows. The same (journey, user, visit, node) always gives
 * the same id, so a redelivery is recognisable.
 */
public final class MessageIds {
    public static final String DOMAIN = "journeys.local";

    private MessageIds() {}

    public static String of(String journeyId, String userId, int visitNo, String node) {
        String safeNode = node.replaceAll("[^A-Za-z0-9_-]", "-");
        return "<"
                + journeyId
                + "."
                + userHash(userId)
                + ".v"
                + visitNo
                + "."
                + safeNode
                + "@"
                + DOMAIN
                + ">";
    }

    private static String userHash(String userId) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256")
                            .digest(userId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
