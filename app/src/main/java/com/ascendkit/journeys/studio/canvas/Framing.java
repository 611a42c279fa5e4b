package com.ascendkit.journeys.studio.canvas;

import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.studio.editing.Selection;
import com.ascendkit.journeys.studio.editing.SelectionModel;
import com.ascendkit.journeys.studio.sync.JourneyEdits;
import com.ascendkit.journeys.studio.sync.JourneySession;
import java.util.ArrayList;
import java.util.List;

/**
 * Which part of the journey the view shows: every card (Fit), one card (a warning's), or the cards
 * just chosen or made when they are out of sight. Moves the {@link Viewport}, never a card.
 */
public final class Framing {
    private final JourneySession session;
    private final SelectionModel selection;
    private final Viewport viewport;

    Framing(JourneySession session, SelectionModel selection, Viewport viewport) {
        this.session = session;
        this.selection = selection;
        this.viewport = viewport;
    }

    /** Centres the view on a node and selects it (from the warnings panel). */
    public void reveal(String node) {
        Journey j = journey();
        if (j == null || !j.nodes().containsKey(node)) {
            return;
        }
        Position p = positionOf(node);
        viewport.centerOn(p.x() + CardGeometry.WIDTH / 2, p.y() + CardGeometry.HEIGHT / 2);
        selection.select(Selection.node(node));
    }

    /** Fits every card into the view. */
    public void fitToView() {
        Journey j = journey();
        if (j == null || j.nodes().isEmpty()) {
            return;
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (String name : j.nodes().keySet()) {
            Position p = positionOf(name);
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x() + CardGeometry.WIDTH);
            maxY = Math.max(maxY, p.y() + CardGeometry.HEIGHT);
        }
        viewport.fit(minX, minY, maxX, maxY);
    }

    /** Brings the selected node, or both ends of the selected transition, into view. */
    void bringIntoView(Journey j, Selection s) {
        List<Position> corners = new ArrayList<>();
        if (s.singleNode() != null) {
            corners.add(positionOf(s.singleNode()));
        } else {
            Transition t = JourneyEdits.find(j, s.singleTransition());
            corners.add(positionOf(t.from()));
            corners.add(positionOf(t.to()));
        }
        bringIntoView(corners);
    }

    /** Centres the view on the cards at {@code corners} unless all of them are in view. */
    void bringIntoView(List<Position> corners) {
        double minX = viewport.toWorldX(0);
        double minY = viewport.toWorldY(0);
        double maxX = viewport.toWorldX(viewport.widthProperty().get());
        double maxY = viewport.toWorldY(viewport.heightProperty().get());
        boolean inView =
                corners.stream()
                        .allMatch(
                                p ->
                                        p.x() >= minX
                                                && p.y() >= minY
                                                && p.x() + CardGeometry.WIDTH <= maxX
                                                && p.y() + CardGeometry.HEIGHT <= maxY);
        if (!inView) {
            double cx = corners.stream().mapToDouble(Position::x).average().orElse(0);
            double cy = corners.stream().mapToDouble(Position::y).average().orElse(0);
            viewport.centerOn(cx + CardGeometry.WIDTH / 2, cy + CardGeometry.HEIGHT / 2);
        }
    }

    private Position positionOf(String node) {
        return CardGeometry.positionOf(journey(), node);
    }

    private Journey journey() {
        return session.journeyProperty().get();
    }
}
