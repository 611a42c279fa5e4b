package com.ascendkit.journeys.localconfig;

/**
 * The credentials file is not in its format. The message names the file and the field or the place
 * (line, column), never the content: the file holds keys.
 */
public final class CredentialsFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CredentialsFormatException(String message) {
        super(message);
    }
}
