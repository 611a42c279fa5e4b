package com.ascendkit.journeys.studio.sync;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * What the user is told when a call through {@link JourneyReads} fails: by default an error notice
 * of the session, "{@code prefix}" followed by the engine's reason. A call may instead show it in a
 * place of its own (the inspector's error line), leave an unreachable engine to {@link
 * Reachability} with a retry, and run something afterwards either way. Immutable.
 */
public final class Failed {
    private static final Runnable NOTHING = () -> {};

    private final String prefix;
    private final Consumer<String> shownIn;
    private final String owner;
    private final Runnable retry;
    private final Runnable then;

    private Failed(
            String prefix, Consumer<String> shownIn, String owner, Runnable retry, Runnable then) {
        this.prefix = prefix;
        this.shownIn = shownIn;
        this.owner = owner;
        this.retry = retry;
        this.then = then;
    }

    /** An error notice: {@code prefix} and the reason ("Could not list journeys: " + reason). */
    public static Failed saying(String prefix) {
        return new Failed(prefix, null, null, null, NOTHING);
    }

    /** {@code prefix} and the reason given to {@code place} instead of the session's notice. */
    public static Failed shownIn(Consumer<String> place, String prefix) {
        return new Failed(prefix, Objects.requireNonNull(place), null, null, NOTHING);
    }

    /**
     * When the engine does not answer, {@link Reachability} says so and runs {@code retry} later
     * (for {@code owner}), instead of the notice; an answered call of {@code owner} marks the
     * engine reachable again.
     */
    public Failed retriedWhenUnreachable(String owner, Runnable retry) {
        return new Failed(
                prefix,
                shownIn,
                Objects.requireNonNull(owner),
                Objects.requireNonNull(retry),
                then);
    }

    /** {@code after} runs once the failure has been told (a "done" that clears a busy flag). */
    public Failed then(Runnable after) {
        return new Failed(prefix, shownIn, owner, retry, Objects.requireNonNull(after));
    }

    String prefix() {
        return prefix;
    }

    /** Where the text goes; null for the session's notice. */
    Consumer<String> shownIn() {
        return shownIn;
    }

    /** The {@link Reachability} owner; null when an unreachable engine is told like any failure. */
    String owner() {
        return owner;
    }

    Runnable retry() {
        return retry;
    }

    Runnable then() {
        return then;
    }
}
