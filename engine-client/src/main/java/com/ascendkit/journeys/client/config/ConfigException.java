package com.ascendkit.journeys.client.config;

/**
 * The credentials could not be used: a malformed file, an unknown environment, no URL or key. The
 * message names the file and the field, never a key's value.
 */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
