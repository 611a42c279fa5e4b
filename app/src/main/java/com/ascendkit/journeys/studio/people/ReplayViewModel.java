package com.ascendkit.journeys.studio.people;

import com.ascendkit.journeys.client.people.Step;
import com.ascendkit.journeys.client.people.UserPath;
import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.studio.editing.Trail;
import com.ascendkit.journeys.studio.sync.Failed;
import com.ascendkit.journeys.studio.sync.JourneySession;
import java.time.Clock;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * One user's path through the open journey replayed on the canvas ({@code GET
 * /v1/journeys/{id}/users/{userId}/path}): the step shown, moved by first / previous / next / last
 * and by play (the view's timeline calls {@link #tick}); the {@link Trail} lit up to it. It opens
 * at the path's end; on each {@code analytics} event of the journey's stream the path is read again
 * and new steps are appended (followed when the last step was shown). UI thread only.
 */
public final class ReplayViewModel {
    private final JourneySession session;
    private final StepTimes times;
    private final ReadOnlyObjectWrapper<UserPath> path = new ReadOnlyObjectWrapper<>(this, "path");
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index", -1);
    private final ReadOnlyObjectWrapper<Trail> trail =
            new ReadOnlyObjectWrapper<>(this, "trail", Trail.NONE);
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing");
    private final ReadOnlyStringWrapper who = new ReadOnlyStringWrapper(this, "who", "");
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper(this, "position", "");
    private final ReadOnlyStringWrapper step = new ReadOnlyStringWrapper(this, "step", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private String userId;
    private boolean reading;
    private boolean readAgain;

    public ReplayViewModel(JourneySession session, Clock clock) {
        this.session = session;
        this.times = new StepTimes(clock);
        session.serverJourneyProperty()
                .addListener(
                        (o, a, b) -> {
                            if (b == null || a == null || !a.id().equals(b.id())) {
                                close();
                            }
                        });
        index.addListener(o -> update());
        path.addListener(o -> update());
    }

    /** Reads {@code userId}'s path in the open journey and shows it, {@code label} naming them. */
    public void start(String userId, String label) {
        Journey j = session.serverJourneyProperty().get();
        if (j == null) {
            return;
        }
        String id = j.id();
        error.set("");
        session.read(
                engine -> engine.userPath(id, userId),
                p -> show(p, label),
                Failed.shownIn(error::set, "Could not read the path of " + label + ": "));
    }

    /** Shows a path already read (the search's), at its last step. */
    void show(UserPath p, String label) {
        userId = p.userId();
        who.set(label);
        error.set("");
        playing.set(false);
        path.set(p);
        index.set(p.steps().size() - 1);
        active.set(true);
        update();
    }

    /** Leaves the replay: nothing lit any more. */
    public void close() {
        error.set("");
        playing.set(false);
        active.set(false);
        userId = null;
        path.set(null);
        index.set(-1);
        who.set("");
    }

    public void first() {
        go(0);
    }

    public void previous() {
        go(index.get() - 1);
    }

    /** One step on; false at the end. */
    public boolean next() {
        int before = index.get();
        go(before + 1);
        return index.get() != before;
    }

    public void last() {
        go(count() - 1);
    }

    /** Play from where it is (from the start when at the end), or pause. */
    public void togglePlay() {
        if (!playing.get() && index.get() >= count() - 1) {
            first();
        }
        playing.set(!playing.get() && count() > 1);
    }

    /** The play timeline's beat: the next step, pausing at the end. */
    public void tick() {
        if (!next()) {
            playing.set(false);
        }
    }

    private void go(int to) {
        if (count() > 0) {
            index.set(Math.max(0, Math.min(count() - 1, to)));
        }
    }

    private int count() {
        UserPath p = path.get();
        return p == null ? 0 : p.steps().size();
    }

    /** The stream said something happened in the journey: new steps of the user are appended. */
    public void pathMayHaveChanged() {
        Journey j = session.serverJourneyProperty().get();
        if (!active.get() || j == null) {
            return;
        }
        if (reading) {
            readAgain = true;
            return;
        }
        reading = true;
        String id = j.id();
        String user = userId;
        session.read(
                engine -> engine.userPath(id, user),
                p -> {
                    if (active.get() && user.equals(userId)) {
                        boolean atEnd = index.get() == count() - 1;
                        path.set(p);
                        if (atEnd && !playing.get()) {
                            last();
                        }
                    }
                    done();
                },
                Failed.shownIn(error::set, "Could not read the path again: ").then(this::done));
    }

    private void done() {
        reading = false;
        if (readAgain) {
            readAgain = false;
            pathMayHaveChanged();
        }
    }

    private void update() {
        UserPath p = path.get();
        int i = index.get();
        if (p == null || i < 0 || i >= p.steps().size()) {
            trail.set(Trail.NONE);
            position.set("");
            step.set("");
            return;
        }
        Step s = p.steps().get(i);
        trail.set(Trails.upTo(p, i, times));
        position.set("Step " + (i + 1) + " of " + p.steps().size());
        step.set(times.at(s.at()) + " · " + s.summary());
    }

    /** What the canvas lights: {@link Trail#NONE} outside a replay. */
    public ReadOnlyObjectProperty<Trail> trailProperty() {
        return trail.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UserPath> pathProperty() {
        return path.getReadOnlyProperty();
    }

    /** The step shown, from 0; -1 outside a replay. */
    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    /** Whether a user's path is being replayed (the bar is shown). */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** Whether play is on; the view's timeline follows it. */
    public BooleanProperty playingProperty() {
        return playing;
    }

    /** Who is replayed: their email address, else their id. */
    public ReadOnlyStringProperty whoProperty() {
        return who.getReadOnlyProperty();
    }

    /** "Step 3 of 7". */
    public ReadOnlyStringProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    /** The step's time and summary: "10:02:13 · Moved to reminder after 1 day". */
    public ReadOnlyStringProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** Why the path could not be read; "" when it could. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
