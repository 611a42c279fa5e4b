package com.ascendkit.journeys.studio.background;

import com.ascendkit.journeys.studio.settings.StudioSettings;
import com.ascendkit.journeys.studio.sync.Notice;
import com.ascendkit.journeys.studio.sync.TaskExecutor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine as a background service, from the editor: the offer on the installed app's first run
 * ("Keep journeys running when Journey Studio is closed?") and File → Run engine in background….
 * Both run the CLI's {@code ascendkit engine service install | uninstall | status} through {@link
 * EngineServiceCommands}, in the background through the task executor, and say what it answered.
 * The offer is shown once: either answer is recorded in the settings. UI thread only.
 */
public final class BackgroundServiceViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundServiceViewModel.class);

    private final ServiceAccess access;
    private final TaskExecutor executor;
    private final StudioSettings settings;
    private final Consumer<Notice> tell;
    private final ReadOnlyBooleanWrapper offerShown = new ReadOnlyBooleanWrapper(this, "offer");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper installed = new ReadOnlyBooleanWrapper(this, "installed");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /** {@code tell}: where results are announced to the window (the notice bar). */
    public BackgroundServiceViewModel(
            ServiceAccess access,
            TaskExecutor executor,
            StudioSettings settings,
            Consumer<Notice> tell) {
        this.access = access;
        this.executor = executor;
        this.settings = settings;
        this.tell = tell;
        if (!access.isAvailable()) {
            status.set(access.unavailableReason());
        }
    }

    /**
     * On the installed app's first run (the offer not answered yet): asks whether the service is
     * installed already (say, with the CLI), and offers it when it is not. Does nothing when not
     * installed or answered before.
     */
    public void offerOnFirstRun() {
        if (!access.isAvailable() || settings.serviceOffered()) {
            return;
        }
        executor.submit(
                () -> commands().run("status"),
                answer -> {
                    if (answer.ok()) {
                        installed.set(true);
                        settings.recordServiceOffered(); // installed already: nothing to offer
                    } else {
                        offerShown.set(true);
                    }
                },
                e -> LOG.warn("not offering the background service: {}", e.getMessage()));
    }

    /** Install, from the offer: recorded, then installed. */
    public void acceptOffer() {
        settings.recordServiceOffered();
        offerShown.set(false);
        install();
    }

    /** Not now, from the offer: recorded, so it is not shown again (the menu item stays). */
    public void declineOffer() {
        settings.recordServiceOffered();
        offerShown.set(false);
    }

    /** Asks the service manager, through the CLI, whether the service is installed and running. */
    public void refreshStatus() {
        if (!access.isAvailable() || busy.get()) {
            return;
        }
        busy.set(true);
        status.set("Asking the service manager…");
        executor.submit(
                () -> commands().run("status"),
                answer -> {
                    busy.set(false);
                    installed.set(answer.ok());
                    status.set(answer.text());
                },
                e -> {
                    busy.set(false);
                    status.set("Could not ask: " + e.getMessage());
                });
    }

    /** {@code ascendkit engine service install}, then the status again. */
    public void install() {
        run(
                "install",
                "Journeys keep running when Journey Studio is closed: the engine runs in the"
                        + " background now and starts at each login.",
                "Could not run the engine in the background: ");
    }

    /** {@code ascendkit engine service uninstall}, then the status again. */
    public void uninstall() {
        run(
                "uninstall",
                "The engine no longer runs in the background: journeys run while Journey Studio"
                        + " or ascendkit engine start runs.",
                "Could not remove the background service: ");
    }

    private void run(String verb, String done, String failed) {
        if (!access.isAvailable()) {
            tell.accept(Notice.warning(access.unavailableReason()));
            return;
        }
        if (busy.get()) {
            return;
        }
        busy.set(true);
        message.set("Running ascendkit engine service " + verb + "…");
        executor.submit(
                () -> commands().run(verb),
                answer -> {
                    busy.set(false);
                    if (answer.ok()) {
                        message.set(done);
                        tell.accept(Notice.info(done));
                    } else {
                        message.set(failed + answer.text());
                        tell.accept(Notice.error(failed + answer.text()));
                    }
                    refreshStatus();
                },
                e -> {
                    busy.set(false);
                    message.set(failed + e.getMessage());
                    tell.accept(Notice.error(failed + e.getMessage()));
                    refreshStatus();
                });
    }

    private EngineServiceCommands commands() {
        return access.commands().orElseThrow();
    }

    /** False when this editor cannot run the service commands (not installed); see the reason. */
    public boolean available() {
        return access.isAvailable();
    }

    public String unavailableReason() {
        return access.unavailableReason();
    }

    /** The first-run offer is on show. */
    public ReadOnlyBooleanProperty offerShownProperty() {
        return offerShown.getReadOnlyProperty();
    }

    /** A service command is running. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The last status said the service is installed. */
    public ReadOnlyBooleanProperty installedProperty() {
        return installed.getReadOnlyProperty();
    }

    /** What the last status said, or why the commands are not available. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** What the last install or uninstall did. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
