package com.ascendkit.journeys.studio.canvas;

import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.Node;
import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.studio.editing.Selection;
import com.ascendkit.journeys.studio.editing.SelectionModel;
import com.ascendkit.journeys.studio.sync.JourneySession;
import com.ascendkit.journeys.studio.sync.Notice;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Copy and paste of cards (Ctrl+C, Ctrl+V). A copy goes to a {@link ClipStore} as {@link ClipJson}
 * text: in the window the system clipboard, so a copy made in one journey, window or editor process
 * pastes into another. Each paste is one step of the history and selects what it made.
 */
public final class Clipboard {
    /** How far a paste without a pointer moves the cards from the last paste (or the copy). */
    static final double OFFSET = 40;

    private final JourneySession session;
    private final SelectionModel selection;
    private final ReadOnlyObjectWrapper<Clip> clip = new ReadOnlyObjectWrapper<>(this, "clip");
    private int pastes;

    /** The clipboard text the last copy or paste saw: a new one starts the offsets again. */
    private String seen;

    private ClipStore store = ClipStore.inMemory();

    Clipboard(JourneySession session, SelectionModel selection) {
        this.session = session;
        this.selection = selection;
    }

    /** Keeps copies in {@code s} from now on (the window passes the system clipboard). */
    public void useStore(ClipStore s) {
        store = s;
    }

    /** Copies the selected nodes and the transitions among them; false when none is selected. */
    public boolean copy() {
        Journey j = session.journeyProperty().get();
        if (j == null || selection.get().nodes().isEmpty()) {
            return false;
        }
        Clip copied = Clip.of(j, selection.get().nodes());
        seen = ClipJson.write(copied);
        store.put(seen);
        clip.set(copied);
        pastes = 0;
        return true;
    }

    /**
     * Pastes the clip into the open journey: with its top-left card at {@code at} (the pointer, in
     * world coordinates) or, when null, {@link #OFFSET} further down and right than the last time.
     */
    public void paste(Position at) {
        Journey j = session.journeyProperty().get();
        if (j == null) {
            return;
        }
        String text = store.get().orElse(null);
        if (text == null) {
            session.tell(Notice.warning("Nothing to paste: copy some cards first."));
            return;
        }
        if (!text.equals(seen)) {
            Clip read;
            try {
                read = ClipJson.read(text);
            } catch (IllegalArgumentException e) {
                session.tell(
                        Notice.warning(
                                "Nothing to paste: the clipboard holds no journey cards ("
                                        + e.getMessage()
                                        + ")."));
                return;
            }
            seen = text;
            clip.set(read);
            pastes = 0;
        }
        Clip c = clip.get();
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
        // never over a card: the whole group moves as little as it must to free space
        List<Position> group = new ArrayList<>();
        for (Node n : c.nodes().values()) {
            group.add(new Position(n.position().x() + dx, n.position().y() + dy));
        }
        Position off = Placement.shift(CardGeometry.positions(j).values(), group);
        Paste p = Paste.of(j, c, dx + off.x(), dy + off.y());
        session.submit(p.command());
        selection.select(new Selection(Set.copyOf(p.names().values()), p.transitions()));
    }

    /** What the last copy or paste held, null before the first. */
    public ReadOnlyObjectProperty<Clip> clipProperty() {
        return clip.getReadOnlyProperty();
    }
}
