package com.ascendkit.journeys.studio.canvas;

import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.studio.dialogs.Dialogs;
import com.ascendkit.journeys.studio.editing.SelectionModel;
import com.ascendkit.journeys.studio.live.AnalyticsViewModel;
import com.ascendkit.journeys.studio.live.FailuresViewModel;
import com.ascendkit.journeys.studio.sync.JourneySession;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * What the canvas gestures mean: each finished gesture becomes one command sent through the session
 * (a drag is one move on release). Holds the viewport and the selection, and one part per kind of
 * gesture: {@link StepEdits} (new steps, names), {@link Connections} (arrows), {@link Moves} (where
 * cards are), {@link Deletion}, {@link Selecting} (Tab, Ctrl+A, the band), {@link Framing} (what
 * the view shows) and the {@link Clipboard}.
 */
public final class CanvasViewModel {
    private final JourneySession session;
    private final SelectionModel selection;
    private final AnalyticsViewModel analytics;
    private final FailuresViewModel failures;
    private final Viewport viewport = new Viewport();
    private final Clipboard clipboard;
    private final Framing framing;
    private final Selecting selecting;
    private final StepEdits steps;
    private final Connections connections;
    private final Moves moves;
    private final Deletion deletion;

    public CanvasViewModel(
            JourneySession session,
            SelectionModel selection,
            Dialogs dialogs,
            AnalyticsViewModel analytics,
            FailuresViewModel failures) {
        this.analytics = analytics;
        this.failures = failures;
        this.session = session;
        this.selection = selection;
        this.clipboard = new Clipboard(session, selection);
        this.framing = new Framing(session, selection, viewport);
        this.selecting = new Selecting(session, selection, framing);
        this.steps = new StepEdits(session, selection, framing);
        this.connections = new Connections(session, selection);
        this.moves = new Moves(session, framing);
        this.deletion = new Deletion(session, selection, dialogs);
    }

    /** Copy and paste of cards; one clipboard for every journey opened in this editor. */
    public Clipboard clipboard() {
        return clipboard;
    }

    /** Fit, reveal, and following the cards just chosen or made. */
    public Framing framing() {
        return framing;
    }

    /** Tab cycling, Ctrl+A and the rubber band. */
    public Selecting selecting() {
        return selecting;
    }

    /** Steps added from the palette and renamed on their cards. */
    public StepEdits steps() {
        return steps;
    }

    /** Arrows drawn, connected with the keyboard, or re-targeted. */
    public Connections connections() {
        return connections;
    }

    /** Drags, nudges, auto-layout and the places of nodes that arrive from elsewhere. */
    public Moves moves() {
        return moves;
    }

    /** Deleting the selection. */
    public Deletion deletion() {
        return deletion;
    }

    public ReadOnlyObjectProperty<Journey> journeyProperty() {
        return session.journeyProperty();
    }

    /** Where users failed: a badge on the cards, with or without the analytics overlay. */
    public FailuresViewModel failures() {
        return failures;
    }

    /** The analytics overlay the canvas draws over cards and arrows. */
    public AnalyticsViewModel analytics() {
        return analytics;
    }

    public Viewport viewport() {
        return viewport;
    }

    public SelectionModel selection() {
        return selection;
    }

    public Position positionOf(String node) {
        return CardGeometry.positionOf(journey(), node);
    }

    /** The node under a world point, or null. */
    public String nodeAt(double worldX, double worldY) {
        Journey j = journey();
        return j == null ? null : CardGeometry.nodeAt(j, worldX, worldY);
    }

    private Journey journey() {
        return session.journeyProperty().get();
    }
}
