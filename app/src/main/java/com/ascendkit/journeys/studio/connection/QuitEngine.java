package com.ascendkit.journeys.studio.connection;

import com.ascendkit.journeys.model.JourneyStatus;
import com.ascendkit.journeys.studio.dialogs.Dialogs;
import com.ascendkit.journeys.studio.dialogs.Dialogs.QuitChoice;
import com.ascendkit.journeys.studio.sync.GatewayException;
import com.ascendkit.journeys.studio.text.Words;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What quitting does to the engine. A joined or remote engine is not the editor's: it keeps
 * running. The editor's own (embedded) engine stops with it, unless it holds active journeys: then
 * the user is told, and may keep it running in the background ({@link EmbeddedEngine#detach()}),
 * stop it anyway, or not quit.
 */
public final class QuitEngine {
    private static final Logger LOG = LoggerFactory.getLogger(QuitEngine.class);

    private final EngineConnection connection;
    private final Dialogs dialogs;
    private QuitChoice choice = QuitChoice.STOP;

    public QuitEngine(EngineConnection connection, Dialogs dialogs) {
        this.connection = connection;
        this.dialogs = dialogs;
    }

    /**
     * Asks when it must (UI thread; one quick call to the local engine). False when the user chose
     * to stay.
     */
    public boolean mayQuit() {
        if (connection.embedded().isEmpty()) {
            return true;
        }
        int active;
        try {
            active = connection.gateway().listJourneys(JourneyStatus.ACTIVE).size();
        } catch (GatewayException e) {
            LOG.warn("could not count the active journeys before quitting: {}", e.getMessage());
            active = 0;
        }
        if (active == 0) {
            choice = QuitChoice.STOP;
            return true;
        }
        choice =
                dialogs.askQuitWithEngine(
                        Words.count(active, "journey")
                                + " "
                                + Words.isAre(active)
                                + " active on the engine this window started ("
                                + connection.url()
                                + "). If it stops, nobody enters or moves through them until an"
                                + " engine runs again. Keep it running in the background?");
        return choice != QuitChoice.CANCEL;
    }

    /**
     * After {@link #mayQuit()}: stops the embedded engine, or hands it to a background process
     * (returned).
     */
    public Optional<Process> quit() {
        Optional<EmbeddedEngine> embedded = connection.embedded();
        if (embedded.isEmpty()) {
            return Optional.empty();
        }
        if (choice == QuitChoice.KEEP_RUNNING) {
            return Optional.of(embedded.get().detach());
        }
        embedded.get().close();
        return Optional.empty();
    }
}
