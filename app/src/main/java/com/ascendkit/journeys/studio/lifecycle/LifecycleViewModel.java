package com.ascendkit.journeys.studio.lifecycle;

import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.JourneyStatus;
import com.ascendkit.journeys.model.api.NodeSummary;
import com.ascendkit.journeys.studio.dialogs.Dialogs;
import com.ascendkit.journeys.studio.sync.Failed;
import com.ascendkit.journeys.studio.sync.JourneySession;
import com.ascendkit.journeys.studio.sync.LifecycleCommand;
import com.ascendkit.journeys.studio.sync.LifecycleCommand.Step;
import com.ascendkit.journeys.studio.text.Words;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Activate, pause, archive, and the status always on show. Pausing a journey with users in it asks
 * first; archiving (permanent) wants the journey's name typed.
 */
public final class LifecycleViewModel {
    private final JourneySession session;
    private final Dialogs dialogs;
    private final ReadOnlyObjectWrapper<JourneyStatus> status =
            new ReadOnlyObjectWrapper<>(this, "status");
    private final ReadOnlyBooleanWrapper canActivate =
            new ReadOnlyBooleanWrapper(this, "canActivate");
    private final ReadOnlyBooleanWrapper canPause = new ReadOnlyBooleanWrapper(this, "canPause");
    private final ReadOnlyBooleanWrapper canArchive =
            new ReadOnlyBooleanWrapper(this, "canArchive");

    public LifecycleViewModel(JourneySession session, Dialogs dialogs) {
        this.session = session;
        this.dialogs = dialogs;
        session.journeyProperty().addListener((o, a, b) -> update(b));
        update(session.journeyProperty().get());
    }

    private void update(Journey j) {
        JourneyStatus s = j == null ? null : j.status();
        status.set(s);
        canActivate.set(s == JourneyStatus.DRAFT || s == JourneyStatus.PAUSED);
        canPause.set(s == JourneyStatus.ACTIVE);
        canArchive.set(s != null && s != JourneyStatus.ARCHIVED);
    }

    public void activate() {
        step(Step.ACTIVATE);
    }

    /**
     * Pauses; when users are in the journey (asked of the engine now: the shown journey's counts
     * may be old) the user confirms first.
     */
    public void pause() {
        Journey j = journey();
        if (j == null) {
            return;
        }
        String journeyId = j.id();
        session.read(
                engine -> engine.listNodes(journeyId),
                nodes -> pause(j, nodes.stream().mapToLong(NodeSummary::usersHere).sum()),
                Failed.saying(
                        "Could not check who is in '" + j.name() + "', so it was not paused: "));
    }

    private void pause(Journey j, long active) {
        if (active > 0
                && !dialogs.confirm(
                        "Pause journey",
                        Words.count(active, "user")
                                + " "
                                + Words.isAre(active)
                                + " in '"
                                + Words.shorten(j.name())
                                + "'. While it is paused nobody new enters; users in it still move,"
                                + " and the actions of the steps they reach wait until you activate"
                                + " it again.")) {
            return;
        }
        step(Step.PAUSE);
    }

    public void archive() {
        Journey j = journey();
        if (j == null) {
            return;
        }
        boolean confirmed =
                dialogs.confirmTyped(
                        "Archive journey",
                        "Archiving is permanent: every user in '"
                                + j.name()
                                + "' exits, queued emails are dropped, and it can never be"
                                + " activated again. Type the journey's name to confirm.",
                        j.name());
        if (confirmed) {
            step(Step.ARCHIVE);
        }
    }

    private void step(Step step) {
        Journey j = journey();
        if (j != null) {
            session.submit(new LifecycleCommand(step, j.status()));
        }
    }

    private Journey journey() {
        return session.journeyProperty().get();
    }

    public ReadOnlyObjectProperty<JourneyStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canActivateProperty() {
        return canActivate.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canPauseProperty() {
        return canPause.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canArchiveProperty() {
        return canArchive.getReadOnlyProperty();
    }
}
