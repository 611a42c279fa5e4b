package com.ascendkit.journeys.studio.palette;

/** Where palette items can be dropped: the canvas. Coordinates are scene coordinates. */
public interface DropTarget {

    /** The pointer moved while dragging {@code actionType}; show where it would land. */
    void dragOver(String actionType, double sceneX, double sceneY);

    /** The pointer was released; adds the node when the point is over the target. */
    boolean drop(String actionType, double sceneX, double sceneY);

    /** Adds a node of {@code actionType} in the middle of the view (the keyboard's way). */
    void add(String actionType);
}
