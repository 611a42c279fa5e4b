package com.ascendkit.journeys.studio.canvas;

import com.ascendkit.journeys.model.Position;
import java.util.Collection;
import java.util.List;

/**
 * Where a new card may go: never over another card. Pure arithmetic on card corners (world
 * coordinates, {@link CardGeometry}), so every way of adding a step — a palette click, a drop, a
 * paste, a node the CLI added — places it by the same rules.
 */
final class Placement {
    /** Between a card and the next one to its right: room for an arrow and a short label. */
    static final double GAP_X = 120;

    /** Between a card and the one below it. */
    static final double GAP_Y = 40;

    /** The clear space kept around every card. */
    static final double MARGIN = 12;

    private static final double STEP = 20;
    private static final int FURTHEST_RING = 60;

    private Placement() {}

    /**
     * The first free place in the column right of {@code anchor}: level with it, else the nearest
     * row below, then above, and so on (there is always one: n cards block at most 2n rows).
     */
    static Position beside(Collection<Position> cards, Position anchor) {
        double rowHeight = CardGeometry.HEIGHT + GAP_Y;
        double x = anchor.x() + CardGeometry.WIDTH + GAP_X;
        for (int k = 0; ; k++) {
            int row = k % 2 == 1 ? (k + 1) / 2 : -k / 2; // 0, 1, -1, 2, -2 …
            Position p = new Position(x, anchor.y() + row * rowHeight);
            if (isFree(cards, p)) {
                return p;
            }
        }
    }

    /** {@code wanted} when it is free, else the free place nearest to it. */
    static Position near(Collection<Position> cards, Position wanted) {
        Position shift = shift(cards, List.of(wanted));
        return new Position(wanted.x() + shift.x(), wanted.y() + shift.y());
    }

    /**
     * The shortest move (on a 20 px grid) that puts every card of {@code group} on free space: (0,
     * 0) when they already are.
     */
    static Position shift(Collection<Position> cards, Collection<Position> group) {
        for (int ring = 0; ring <= FURTHEST_RING; ring++) {
            Position best = null;
            double bestDistance = Double.MAX_VALUE;
            for (int i = -ring; i <= ring; i++) {
                for (int j = -ring; j <= ring; j++) {
                    if (Math.max(Math.abs(i), Math.abs(j)) != ring) {
                        continue; // only the ring's edge: the inside was tried before
                    }
                    double dx = i * STEP;
                    double dy = j * STEP;
                    double distance = dx * dx + dy * dy;
                    if (distance < bestDistance
                            && group.stream()
                                    .allMatch(
                                            p ->
                                                    isFree(
                                                            cards,
                                                            new Position(
                                                                    p.x() + dx, p.y() + dy)))) {
                        best = new Position(dx, dy);
                        bestDistance = distance;
                    }
                }
            }
            if (best != null) {
                return best;
            }
        }
        return new Position(0, 0); // crowded beyond reason: leave it where it was asked for
    }

    /** Whether a card at {@code p} keeps {@link #MARGIN} clear of every card. */
    static boolean isFree(Collection<Position> cards, Position p) {
        for (Position c : cards) {
            if (overlaps(c, p, MARGIN)) {
                return false;
            }
        }
        return true;
    }

    static boolean overlaps(Position a, Position b, double margin) {
        return a.x() < b.x() + CardGeometry.WIDTH + margin
                && b.x() < a.x() + CardGeometry.WIDTH + margin
                && a.y() < b.y() + CardGeometry.HEIGHT + margin
                && b.y() < a.y() + CardGeometry.HEIGHT + margin;
    }
}
