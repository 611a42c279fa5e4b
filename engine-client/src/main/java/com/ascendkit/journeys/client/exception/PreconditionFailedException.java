package com.ascendkit.journeys.client.exception;

import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.api.JourneyResponse;
import java.util.Optional;

/**
 * 412: the {@code If-Match} version was stale. Carries the journey as it is now when the engine
 * sent it, so that the caller can rebase and try again. A PATCH replayed by the client's retry
 * after a success it never heard of also ends here: the first attempt bumped the version.
 */
public final class PreconditionFailedException extends EngineException {
    private static final long serialVersionUID = 1L;

    private final transient JourneyResponse current;

    public PreconditionFailedException(
            String code, String message, String field, String requestId, JourneyResponse current) {
        super(412, code, message, field, requestId, null);
        this.current = current;
    }

    /** The current journey and its warnings, when the body carried them. */
    public Optional<JourneyResponse> current() {
        return Optional.ofNullable(current);
    }

    /** The current journey, when the body carried it. */
    public Optional<Journey> currentJourney() {
        return current().map(JourneyResponse::journey);
    }
}
