package com.ascendkit.journeys.client.exception;

import java.io.IOException;

/**
 * No usable response: the engine could not be reached, the connection broke, or the call timed out.
 * The message says which URL was tried. Thrown after the client's retries (where safe).
 */
public final class EngineConnectionException extends EngineException {
    private static final long serialVersionUID = 1L;

    private final String url;

    public EngineConnectionException(String method, String url, IOException cause) {
        super(
                0,
                "connection_failed",
                "could not reach the engine at "
                        + method
                        + " "
                        + url
                        + ": "
                        + (cause.getMessage() == null
                                ? cause.getClass().getSimpleName()
                                : cause.getMessage()),
                null,
                null,
                cause);
        this.url = url;
    }

    /** The URL that was tried. */
    public String url() {
        return url;
    }
}
