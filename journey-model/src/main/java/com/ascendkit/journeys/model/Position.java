package com.ascendkit.journeys.model;

/** Where the editor draws a node. The engine stores it and gives it no meaning. */
public record Position(double x, double y) {
    public Position {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new InvalidInputException("position", "position must have finite 'x' and 'y'");
        }
    }
}
