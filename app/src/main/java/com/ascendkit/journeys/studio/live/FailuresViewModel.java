package com.ascendkit.journeys.studio.live;

import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.api.JourneyFailures;
import com.ascendkit.journeys.studio.sync.Failed;
import com.ascendkit.journeys.studio.sync.JourneySession;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Where and why users of the open journey failed ({@code GET /v1/journeys/{id}/failures}), shown on
 * the canvas whether or not the analytics overlay is on. The call reads the journey's visits, so it
 * is made only when the failed total is above zero: when a journey opens with failures (its {@code
 * stats}), and on each {@code analytics} event of its stream that carries a failed total above zero
 * (never polled). As with the analytics, a read asked for while one is on its way is made once
 * after it. UI thread only.
 */
public final class FailuresViewModel {
    private final JourneySession session;
    private final ReadOnlyObjectWrapper<JourneyFailures> failures =
            new ReadOnlyObjectWrapper<>(this, "failures", JourneyFailures.NONE);
    private boolean reading;
    private boolean readAgain;
    private long failedAgain;

    public FailuresViewModel(JourneySession session) {
        this.session = session;
        session.serverJourneyProperty()
                .addListener(
                        (o, a, b) -> {
                            if (b == null || a == null || !a.id().equals(b.id())) {
                                failures.set(JourneyFailures.NONE);
                                if (b != null) {
                                    countsChanged(b.stats().failed());
                                }
                            }
                        });
    }

    /**
     * The journey's failed total is now {@code failed} (-1: unknown, read to be sure): reads the
     * failures again when it is not zero.
     */
    public void countsChanged(long failed) {
        Journey j = session.serverJourneyProperty().get();
        if (j == null) {
            return;
        }
        if (failed == 0) {
            failures.set(JourneyFailures.NONE);
            return;
        }
        if (reading) {
            readAgain = true;
            failedAgain = failed;
            return;
        }
        reading = true;
        String id = j.id();
        session.read(
                engine -> engine.failures(id),
                f -> {
                    Journey now = session.serverJourneyProperty().get();
                    if (now != null && now.id().equals(id)) {
                        failures.set(f);
                    }
                    done();
                },
                Failed.saying("Could not read where users failed: ").then(this::done));
    }

    private void done() {
        reading = false;
        if (readAgain) {
            readAgain = false;
            countsChanged(failedAgain);
        }
    }

    /** By node, the users who failed there and why; nodes nobody failed at are absent. */
    public ReadOnlyObjectProperty<JourneyFailures> failuresProperty() {
        return failures.getReadOnlyProperty();
    }
}
