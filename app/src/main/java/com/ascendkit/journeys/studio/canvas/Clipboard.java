package com.ascendkit.journeys.studio.canvas;

import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.studio.sync.JourneySession;
import com.ascendkit.journeys.studio.sync.Notice;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Copy and paste of cards (Ctrl+C, Ctrl+V). The editor's own clipboard, not the system's: it
 * outlives the open journey, so a copy made in one journey pastes into the next one opened. Each
 * paste is one step of the history and selects what it made.
 */
public final class Clipboard {
    /** How far a paste without a pointer moves the cards from the last paste (or the copy). */
    static final double OFFSET = 40;

    private final JourneySession session;
    private final SelectionModel selection;
    private final ReadOnlyObjectWrapper<Clip> clip = new ReadOnlyObjectWrapper<>(this, "clip");
    private int pastes;

    Clipboard(JourneySession session, SelectionModel selection) {
        this.session = session;
        this.selection = selection;
    }

    /** Copies the selected nodes and the transitions among them; false when none is selected. */
    public boolean copy() {
        Journey j = session.journeyProperty().get();
        if (j == null || selection.get().nodes().isEmpty()) {
            return false;
        }
        clip.set(Clip.of(j, selection.get().nodes()));
        pastes = 0;
        return true;
    }

    /**
     * Pastes the clip into the open journey: with its top-left card at {@code at} (the pointer, in
     * world coordinates) or, when null, {@link #OFFSET} further down and right than the last time.
     */
    public void paste(Position at) {
        Journey j = session.journeyProperty().get();
        Clip c = clip.get();
        if (j == null || c == null) {
            if (j != null) {
                session.tell(Notice.warning("Nothing to paste: copy some cards first."));
            }
            return;
        }
        double dx;
        double dy;
        if (at == null) {
            pastes++;
            dx = OFFSET * pastes;
            dy = OFFSET * pastes;
        } else {
            dx =
                    at.x()
                            - c.nodes().values().stream()
                                    .mapToDouble(n -> n.position().x())
                                    .min()
                                    .orElse(0);
            dy =
                    at.y()
                            - c.nodes().values().stream()
                                    .mapToDouble(n -> n.position().y())
                                    .min()
                                    .orElse(0);
        }
        Paste p = Paste.of(j, c, dx, dy);
        session.submit(p.command());
        selection.select(new Selection(Set.copyOf(p.names().values()), p.transitions()));
    }

    /** What a paste would make, null before the first copy. */
    public ReadOnlyObjectProperty<Clip> clipProperty() {
        return clip.getReadOnlyProperty();
    }
}
