package com.ascendkit.journeys.engine.runtime.email;

import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Rule 6's sender: the node's identity, else the environment's default identity, else the engine's
 * default sender. An identity is used only when it exists in the environment and is verified: an
 * unverified one (saved with an {@code unverified_sender} warning) falls through to the next, so
 * the engine never sends as an address nobody proved they own. Stateless, thread-safe.
 */
public final class SenderResolver {
    private final Sender engineDefault;

    public SenderResolver(Sender engineDefault) {
        this.engineDefault = engineDefault;
    }

    public Sender resolve(
            Handle h, String environmentId, String nodeIdentity, String environmentDefault) {
        return verified(h, environmentId, nodeIdentity)
                .or(() -> verified(h, environmentId, environmentDefault))
                .orElse(engineDefault);
    }

    private static Optional<Sender> verified(Handle h, String environmentId, String email) {
        if (email == null) {
            return Optional.empty();
        }
        return h.createQuery(
                        "SELECT email, name FROM identities WHERE environment_id = :e AND email ="
                                + " :m AND verified = TRUE")
                .bind("e", environmentId)
                .bind("m", email)
                .map((rs, ctx) -> new Sender(rs.getString("email"), rs.getString("name")))
                .findOne();
    }
}
