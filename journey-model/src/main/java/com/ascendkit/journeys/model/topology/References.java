package com.ascendkit.journeys.model.topology;

/**
 * What the reference rules look up in the journey's environment: templates, surveys, sender
 * identities. The engine answers from its database; the editor from what it last fetched.
 */
public interface References {

    /** Whether a sender identity exists in the environment, and whether it is verified. */
    enum IdentityStatus {
        MISSING,
        UNVERIFIED,
        VERIFIED
    }

    boolean templateExists(String slug);

    boolean surveyExists(String slug);

    IdentityStatus identity(String email);
}
