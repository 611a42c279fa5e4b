package com.ascendkit.journeys.studio.sync;

/** A message for the user, in words: what happened and, for errors, the engine's reason. */
public record Notice(Severity severity, String text) {

    /** How loudly it is shown. */
    public enum Severity {
        INFO,
        WARNING,
        ERROR
    }

    public static Notice info(String text) {
        return new Notice(Severity.INFO, text);
    }

    public static Notice warning(String text) {
        return new Notice(Severity.WARNING, text);
    }

    public static Notice error(String text) {
        return new Notice(Severity.ERROR, text);
    }
}
