package com.ascendkit.journeys.studio.canvas;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * Zoom and pan of the canvas: screen = pan + zoom × world. The view reports its size; everything
 * else is computed here, so it is tested without a window.
 */
public final class Viewport {
    public static final double MIN_ZOOM = 0.05;
    public static final double MAX_ZOOM = 3.0;
    // small: on a small screen every pixel of the canvas counts (a 10-step journey fits at 75 %
    // or more in a window of 1280×800)
    private static final double MARGIN = 24;

    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1);
    private final ReadOnlyDoubleWrapper panX = new ReadOnlyDoubleWrapper(this, "panX");
    private final ReadOnlyDoubleWrapper panY = new ReadOnlyDoubleWrapper(this, "panY");
    private final DoubleProperty width = new SimpleDoubleProperty(this, "width", 800);
    private final DoubleProperty height = new SimpleDoubleProperty(this, "height", 600);

    /** The world rectangle of the last fit, while nothing moved the view since; else null. */
    private double[] fitted;

    public Viewport() {
        // a fitted view stays fitted as the view changes size (the window's first layout, resizes)
        width.addListener(o -> refit());
        height.addListener(o -> refit());
    }

    private void refit() {
        if (fitted != null) {
            fit(fitted[0], fitted[1], fitted[2], fitted[3]);
        }
    }

    /** Zooms by {@code factor} keeping the screen point ({@code sx}, {@code sy}) still. */
    public void zoomAt(double factor, double sx, double sy) {
        fitted = null;
        double z = clamp(zoom.get() * factor);
        double wx = toWorldX(sx);
        double wy = toWorldY(sy);
        zoom.set(z);
        panX.set(sx - wx * z);
        panY.set(sy - wy * z);
    }

    /** Zooms about the centre of the view. */
    public void zoomBy(double factor) {
        zoomAt(factor, width.get() / 2, height.get() / 2);
    }

    public void panBy(double dx, double dy) {
        fitted = null;
        panX.set(panX.get() + dx);
        panY.set(panY.get() + dy);
    }

    /** Shows the world rectangle whole, centred, at most at 100 %. */
    public void fit(double minX, double minY, double maxX, double maxY) {
        double w = Math.max(1, maxX - minX);
        double h = Math.max(1, maxY - minY);
        double z =
                clamp(
                        Math.min(
                                1.0,
                                Math.min(
                                        (width.get() - 2 * MARGIN) / w,
                                        (height.get() - 2 * MARGIN) / h)));
        fitted = new double[] {minX, minY, maxX, maxY};
        zoom.set(z);
        panX.set((width.get() - w * z) / 2 - minX * z);
        panY.set((height.get() - h * z) / 2 - minY * z);
    }

    /** Puts the world point in the middle of the view, keeping the zoom. */
    public void centerOn(double wx, double wy) {
        fitted = null;
        panX.set(width.get() / 2 - wx * zoom.get());
        panY.set(height.get() / 2 - wy * zoom.get());
    }

    public double toWorldX(double sx) {
        return (sx - panX.get()) / zoom.get();
    }

    public double toWorldY(double sy) {
        return (sy - panY.get()) / zoom.get();
    }

    /** A world point on the screen (the canvas's own coordinates). */
    public double toScreenX(double wx) {
        return wx * zoom.get() + panX.get();
    }

    public double toScreenY(double wy) {
        return wy * zoom.get() + panY.get();
    }

    private static double clamp(double z) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
    }

    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty panXProperty() {
        return panX.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty panYProperty() {
        return panY.getReadOnlyProperty();
    }

    /** The view's width in screen pixels (the view binds it). */
    public DoubleProperty widthProperty() {
        return width;
    }

    public DoubleProperty heightProperty() {
        return height;
    }
}
