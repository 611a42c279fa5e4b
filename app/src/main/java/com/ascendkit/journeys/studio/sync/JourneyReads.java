package com.ascendkit.journeys.studio.sync;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The view models' way to the engine outside the edit queue (lists, counts, creating and deleting
 * journeys, imports): the work runs off the FX thread through the one {@link TaskExecutor}, the
 * result comes back on the FX thread, and every failure goes through the session's one handling
 * ({@link Failed}: its notice, or {@link Reachability} when the engine does not answer).
 */
public interface JourneyReads {

    /** Asks the engine {@code call} in the background; then {@code onResult} or {@code failed}. */
    <T> void read(EngineCall<T> call, Consumer<? super T> onResult, Failed failed);

    /** Local background work (writing a file), its result and failure handled as {@link #read}. */
    <T> void work(Callable<T> work, Consumer<? super T> onResult, Failed failed);
}
