package com.ascendkit.journeys.studio.canvas;

/**
 * The curve of an arrow between two card corners (world coordinates): from the source card's right
 * edge to the target card's left edge, or a loop over the card for a transition to itself. The one
 * place this is computed, so what {@link EdgeView} draws is what {@link AutoLayout} keeps clear.
 *
 * @param x1 the start (the source card's port)
 * @param x2 the end (the arrow's head)
 */
record EdgeGeometry(
        double x1,
        double y1,
        double c1x,
        double c1y,
        double c2x,
        double c2y,
        double x2,
        double y2) {

    static EdgeGeometry between(double fromX, double fromY, double toX, double toY) {
        double x1 = fromX + CardGeometry.WIDTH;
        double y1 = fromY + CardGeometry.HEIGHT / 2;
        if (fromX == toX && fromY == toY) {
            double x2 = toX + CardGeometry.WIDTH / 2;
            return new EdgeGeometry(x1, y1, x1 + 80, y1 - 90, x2 + 10, toY - 90, x2, toY);
        }
        double x2 = toX;
        double y2 = toY + CardGeometry.HEIGHT / 2;
        double d = Math.max(60, Math.abs(x2 - x1) / 2);
        return new EdgeGeometry(x1, y1, x1 + d, y1, x2 - d, y2, x2, y2);
    }

    /** The point at {@code t} (0 at the start, 1 at the head). */
    double x(double t) {
        double u = 1 - t;
        return u * u * u * x1 + 3 * u * u * t * c1x + 3 * u * t * t * c2x + t * t * t * x2;
    }

    double y(double t) {
        double u = 1 - t;
        return u * u * u * y1 + 3 * u * u * t * c1y + 3 * u * t * t * c2y + t * t * t * y2;
    }
}
