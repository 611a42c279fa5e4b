package com.ascendkit.journeys.engine.errors;

import com.ascendkit.journeys.model.api.JourneyResponse;

/**
 * The change was made against a version of the journey that is no longer the current one. Carries
 * the current journey (as a read of it answers) and its version, so the caller can show what
 * changed and retry without another read.
 */
public final class StaleVersionException extends DomainException {
    private static final long serialVersionUID = 1L;

    private final transient JourneyResponse current;
    private final long currentVersion;

    public StaleVersionException(String message, JourneyResponse current, long currentVersion) {
        super(null, message);
        this.current = current;
        this.currentVersion = currentVersion;
    }

    /** The journey as it is now. */
    public JourneyResponse current() {
        return current;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
