package com.ascendkit.journeys.studio.canvas;

import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.studio.keymap.Keymap;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The canvas's keys: each {@link Keymap} binding of {@link Keymap.Where#CANVAS} has a handler here,
 * tried in the table's order; a handler that declines (an arrow key with nothing selected does not
 * nudge) leaves the key to the next binding it matches (the arrow pans). Also the nudge: arrow keys
 * move the selected cards on screen at once, sent as one step when the key is let go.
 */
final class CanvasKeys {
    /** Arrow keys move selected cards this far (Shift: further), in world pixels. */
    static final double NUDGE = 10;

    static final double NUDGE_FAR = 50;

    private final CanvasViewModel vm;
    private final CanvasView view;
    private final Map<Keymap, Predicate<KeyEvent>> handlers = new EnumMap<>(Keymap.class);

    /** Where each card being moved by the arrow keys started, and how far it has gone. */
    private final Map<String, Position> nudgeStarts = new LinkedHashMap<>();

    private double nudgeX;
    private double nudgeY;
    private boolean passTab;
    private Runnable onOpen;

    CanvasKeys(CanvasViewModel vm, CanvasView view) {
        this.vm = vm;
        this.view = view;
        Viewport vp = vm.viewport();
        handle(Keymap.SELECT_ALL, vm.selecting()::selectAll);
        handle(Keymap.COPY, () -> vm.clipboard().copy());
        handle(Keymap.PASTE, () -> vm.clipboard().paste(view.pointer()));
        handle(Keymap.DELETE, vm.deletion()::deleteSelection);
        handle(
                Keymap.ESCAPE,
                () -> {
                    if (vm.connections().endConnect() == null) {
                        vm.selection().clear();
                    }
                });
        // Tab steps through the cards, then the arrows; past the last one the event goes on and
        // the focus leaves the canvas, so it is never a trap; Ctrl+Tab leaves at once
        handlers.put(Keymap.CYCLE, e -> !passTab && vm.selecting().cycle(e.isShiftDown()));
        handlers.put(
                Keymap.LEAVE,
                e -> {
                    if (passTab) {
                        return false;
                    }
                    e.consume();
                    leave(e.isShiftDown());
                    return true;
                });
        handlers.put(
                Keymap.NUDGE,
                e -> {
                    if (vm.selection().get().nodes().isEmpty()) {
                        return false; // nothing to move: the arrow pans
                    }
                    nudge(e.getCode(), e.isShiftDown() ? NUDGE_FAR : NUDGE);
                    return true;
                });
        handle(Keymap.OPEN, this::enter);
        handle(Keymap.CONNECT, vm.connections()::startConnect);
        handlers.put(Keymap.PAN, e -> pan(vp, e.getCode()));
        handle(Keymap.ZOOM_IN, () -> vp.zoomBy(1.2));
        handle(Keymap.ZOOM_OUT, () -> vp.zoomBy(1 / 1.2));
        handle(Keymap.FIT, vm.framing()::fitToView);
    }

    private void handle(Keymap binding, Runnable action) {
        handlers.put(
                binding,
                e -> {
                    action.run();
                    return true;
                });
    }

    /** The bindings the canvas answers: every {@link Keymap.Where#CANVAS} one (tested). */
    Set<Keymap> bound() {
        return Set.copyOf(handlers.keySet());
    }

    void keyPressed(KeyEvent e) {
        if (view.isChoosing() || e.getTarget() instanceof TextInputControl) {
            return;
        }
        for (Map.Entry<Keymap, Predicate<KeyEvent>> h : handlers.entrySet()) {
            if (h.getKey().matches(e) && h.getValue().test(e)) {
                e.consume();
                return;
            }
        }
    }

    void keyReleased(KeyEvent e) {
        if (e.getCode().isArrowKey()) {
            endNudge();
        }
    }

    /** What Enter on a selected card does (the window focuses the inspector's first field). */
    void setOnOpen(Runnable open) {
        onOpen = open;
    }

    /** Whether the arrow keys are moving this card now (the card layer leaves it where it is). */
    boolean isNudging(String node) {
        return nudgeStarts.containsKey(node);
    }

    private static boolean pan(Viewport vp, KeyCode k) {
        switch (k) {
            case LEFT -> vp.panBy(40, 0);
            case RIGHT -> vp.panBy(-40, 0);
            case UP -> vp.panBy(0, 40);
            default -> vp.panBy(0, -40);
        }
        return true;
    }

    /**
     * Moves the focus to the next (previous) control as a plain Tab would: JavaFX 21 has no public
     * call for it, so a plain Tab is sent through the canvas, which lets it pass to the scene.
     */
    private void leave(boolean backwards) {
        passTab = true;
        try {
            view.root()
                    .fireEvent(
                            new KeyEvent(
                                    KeyEvent.KEY_PRESSED,
                                    "",
                                    "",
                                    KeyCode.TAB,
                                    backwards,
                                    false,
                                    false,
                                    false));
        } finally {
            passTab = false;
        }
    }

    /** Enter: ends a keyboard connection on the selected card, else opens it in the inspector. */
    private void enter() {
        String target = vm.selection().get().singleNode();
        String from = vm.connections().connectSourceProperty().get();
        if (from != null && target != null) {
            vm.connections().endConnect();
            view.askTriggerAtCard(from, target);
        } else if (!vm.selection().get().isEmpty() && onOpen != null) {
            onOpen.run();
        }
    }

    /**
     * Arrow keys move the selected cards on screen at once; the move is sent as one step when the
     * key is let go (a held key repeats presses, not releases), like a drag on its drop.
     */
    private void nudge(KeyCode k, double step) {
        if (nudgeStarts.isEmpty()) {
            vm.selection().get().nodes().stream()
                    .sorted()
                    .forEach(n -> nudgeStarts.put(n, vm.positionOf(n)));
        }
        switch (k) {
            case LEFT -> nudgeX -= step;
            case RIGHT -> nudgeX += step;
            case UP -> nudgeY -= step;
            default -> nudgeY += step;
        }
        nudgeStarts.forEach((n, p) -> view.moveCard(n, p.x() + nudgeX, p.y() + nudgeY));
    }

    /** Sends the nudge as one step (the key was let go, or the canvas lost the focus). */
    void endNudge() {
        if (nudgeStarts.isEmpty()) {
            return;
        }
        Map<String, Position> to = new LinkedHashMap<>();
        nudgeStarts.forEach((n, p) -> to.put(n, new Position(p.x() + nudgeX, p.y() + nudgeY)));
        Map<String, Position> from = new LinkedHashMap<>(nudgeStarts);
        nudgeStarts.clear();
        nudgeX = 0;
        nudgeY = 0;
        vm.moves().moveNodes(from, to);
    }
}
