package com.ascendkit.journeys.studio.canvas;

import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.stage.Window;

/**
 * Whether cards may scale their cached bitmaps while the zoom changes ({@code CacheHint.SCALE}),
 * which needs JavaFX to draw a scaled bitmap at its true size.
 *
 * <p>JavaFX 21's software renderer does not at a render scale other than 100 %: its graphics keep a
 * vertical pixel scale of 1 ({@code SWGraphics.setPixelScaleFactors} sets only the horizontal one),
 * so a bitmap cached while zoomed out is drawn as much too tall as the render scale (1.5× at 150
 * %). The repaint after the zoom covers only the card's true bounds, so what the tall bitmap drew
 * below the card stayed on screen as a strip. The GPU renderers draw it right.
 */
final class ZoomCaching {
    private ZoomCaching() {}

    /** False where a scaled bitmap would be drawn at the wrong size, in this window. */
    static boolean scaledBitmapsDrawRight(Window window) {
        boolean hiDpi =
                window != null && (window.getRenderScaleX() != 1 || window.getRenderScaleY() != 1);
        // JavaFX names no renderer in its API; the software one has no 3D, so a renderer without
        // 3D is taken for it (at worst a GPU one without 3D draws cards unscaled while zooming)
        return !hiDpi || Platform.isSupported(ConditionalFeature.SCENE3D);
    }
}
