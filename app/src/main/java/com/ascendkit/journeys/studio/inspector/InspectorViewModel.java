package com.ascendkit.journeys.studio.inspector;

import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.studio.dialogs.Dialogs;
import com.ascendkit.journeys.studio.editing.Selection;
import com.ascendkit.journeys.studio.editing.SelectionModel;
import com.ascendkit.journeys.studio.sync.EnvironmentCatalog;
import com.ascendkit.journeys.studio.sync.JourneySession;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Chooses what the inspector shows from the selection (one node, one transition, or the journey's
 * settings) and refills that form when the selection or the journey changes.
 */
public final class InspectorViewModel {

    /** Which form is on show. */
    public enum Mode {
        NOTHING,
        NODE,
        TRANSITION,
        JOURNEY
    }

    private final JourneySession session;
    private final SelectionModel selection;
    private final NodeInspectorViewModel node;
    private final TransitionInspectorViewModel transition;
    private final JourneySettingsViewModel settings;
    private final ReadOnlyObjectWrapper<Mode> mode =
            new ReadOnlyObjectWrapper<>(this, "mode", Mode.NOTHING);

    public InspectorViewModel(
            JourneySession session,
            SelectionModel selection,
            EnvironmentCatalog catalog,
            Dialogs dialogs) {
        this.session = session;
        this.selection = selection;
        this.node = new NodeInspectorViewModel(session, selection, catalog, dialogs);
        this.transition = new TransitionInspectorViewModel(session);
        this.settings = new JourneySettingsViewModel(session);
        selection.selectionProperty().addListener((o, a, b) -> refresh());
        session.journeyProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    private void refresh() {
        Journey j = session.journeyProperty().get();
        Selection s = selection.get();
        if (j == null) {
            mode.set(Mode.NOTHING);
        } else if (s.singleNode() != null && j.nodes().containsKey(s.singleNode())) {
            node.load(j, s.singleNode());
            mode.set(Mode.NODE);
        } else if (s.singleTransition() != null) {
            transition.load(j, s.singleTransition());
            mode.set(Mode.TRANSITION);
        } else {
            settings.load(j);
            mode.set(Mode.JOURNEY);
        }
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public NodeInspectorViewModel node() {
        return node;
    }

    public TransitionInspectorViewModel transition() {
        return transition;
    }

    public JourneySettingsViewModel settings() {
        return settings;
    }
}
