package com.ascendkit.journeys.studio.live;

import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.api.JourneyAnalytics;
import com.ascendkit.journeys.studio.sync.Failed;
import com.ascendkit.journeys.studio.sync.JourneySession;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The analytics overlay: while {@link #shownProperty()} is on, the open journey's counts from
 * {@code GET /v1/journeys/{id}/analytics}, read again on each {@code analytics} event of its stream
 * (never polled). A read asked for while one is on its way is made once after it, so a burst of
 * events costs two reads. UI thread only.
 */
public final class AnalyticsViewModel {
    private final JourneySession session;
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown");
    private final ReadOnlyObjectWrapper<JourneyAnalytics> analytics =
            new ReadOnlyObjectWrapper<>(this, "analytics");
    private boolean reading;
    private boolean readAgain;

    public AnalyticsViewModel(JourneySession session) {
        this.session = session;
        session.serverJourneyProperty()
                .addListener(
                        (o, a, b) -> {
                            if (b == null || a == null || !a.id().equals(b.id())) {
                                analytics.set(null);
                                countsChanged();
                            }
                        });
        shown.addListener((o, a, on) -> countsChanged());
    }

    /** The stream said the counts changed (or the overlay was just turned on). */
    public void countsChanged() {
        Journey j = session.serverJourneyProperty().get();
        if (!shown.get() || j == null) {
            return;
        }
        if (reading) {
            readAgain = true;
            return;
        }
        reading = true;
        String id = j.id();
        session.read(
                engine -> engine.analytics(id),
                a -> {
                    Journey now = session.serverJourneyProperty().get();
                    if (shown.get() && now != null && now.id().equals(id)) {
                        analytics.set(a);
                    }
                    done();
                },
                Failed.saying("Could not read the analytics: ").then(this::done));
    }

    private void done() {
        reading = false;
        if (readAgain) {
            readAgain = false;
            countsChanged();
        }
    }

    public void toggle() {
        shown.set(!shown.get());
    }

    /** Whether the overlay is on. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    /** The last counts read; null while the overlay is off or nothing was read yet. */
    public ReadOnlyObjectProperty<JourneyAnalytics> analyticsProperty() {
        return analytics.getReadOnlyProperty();
    }

    /** The stats strip: "enrolled 12 · active 3 · completed 8 · failed 0 · exited 1". */
    public static String strip(JourneyAnalytics a) {
        var t = a.totals();
        return "enrolled "
                + t.enrolled()
                + " · active "
                + t.active()
                + " · completed "
                + t.completed()
                + " · failed "
                + t.failed()
                + " · exited "
                + t.exited();
    }

    /** A duration in seconds as people read it: "45 s", "12 min", "3.5 h", "2.1 d". */
    public static String duration(double seconds) {
        if (seconds < 60) {
            return Math.round(seconds) + " s";
        }
        if (seconds < 3600) {
            return Math.round(seconds / 60) + " min";
        }
        if (seconds < 86400) {
            return String.format(java.util.Locale.ROOT, "%.1f h", seconds / 3600);
        }
        return String.format(java.util.Locale.ROOT, "%.1f d", seconds / 86400);
    }
}
