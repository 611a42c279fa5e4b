package com.ascendkit.journeys.studio.connection;

import com.ascendkit.journeys.studio.connection.keys.RemoteKeys;
import com.ascendkit.journeys.studio.dialogs.Dialogs;
import com.ascendkit.journeys.studio.sync.TaskExecutor;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * File → Connect to remote engine: asks for the URL and secret key, connects off the UI thread (the
 * engine must answer with its environment), then keeps the key in {@link RemoteKeys} and hands the
 * connection to the window. A key left empty is the one kept for that URL. Nothing is stored when
 * the connection fails; the key never appears in a message or the log.
 */
public final class RemoteConnect {
    private final Dialogs dialogs;
    private final RemoteKeys keys;
    private final TaskExecutor executor;
    private final BiFunction<String, String, EngineConnection> connector;
    private final Consumer<EngineConnection> onConnected;
    private final Consumer<String> onError;

    public RemoteConnect(
            Dialogs dialogs,
            RemoteKeys keys,
            TaskExecutor executor,
            BiFunction<String, String, EngineConnection> connector,
            Consumer<EngineConnection> onConnected,
            Consumer<String> onError) {
        this.dialogs = dialogs;
        this.keys = keys;
        this.executor = executor;
        this.connector = connector;
        this.onConnected = onConnected;
        this.onError = onError;
    }

    /** Shows the dialog, {@code suggestedUrl} filled in. */
    public void ask(String suggestedUrl) {
        dialogs.askRemoteEngine(
                        suggestedUrl,
                        "Leave the key empty to use the one kept for this URL. Kept in "
                                + keys.where()
                                + ".")
                .ifPresent(this::connect);
    }

    private void connect(Dialogs.RemoteEngine answer) {
        String url = answer.url() == null ? "" : answer.url().strip();
        boolean entered = answer.key() != null && !answer.key().isBlank();
        String key = entered ? answer.key().strip() : keys.lookup(url).orElse(null);
        if (key == null) {
            onError.accept("No key kept for " + url + ": enter its secret key.");
            return;
        }
        executor.submit(
                () -> connector.apply(url, key),
                connection -> {
                    if (entered) {
                        keys.store(url, key);
                    }
                    onConnected.accept(connection);
                },
                e -> onError.accept("Could not connect: " + e.getMessage()));
    }
}
