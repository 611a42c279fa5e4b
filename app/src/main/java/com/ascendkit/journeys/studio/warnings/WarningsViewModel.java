package com.ascendkit.journeys.studio.warnings;

import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.model.topology.JourneyValidator;
import com.ascendkit.journeys.model.topology.Warning;
import com.ascendkit.journeys.studio.canvas.CanvasViewModel;
import com.ascendkit.journeys.studio.editing.Badges;
import com.ascendkit.journeys.studio.editing.Selection;
import com.ascendkit.journeys.studio.sync.EnvironmentCatalog;
import com.ascendkit.journeys.studio.sync.JourneyEdits;
import com.ascendkit.journeys.studio.text.Words;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Runs the shared validator on every change of the shown journey (no round trip) and indexes the
 * warnings by node and transition for the canvas badges. A suppressed warning (topology, while the
 * journey is draft or paused) is a hint; the rest are alarms.
 */
public final class WarningsViewModel {
    private final JourneyValidator validator;
    private final EnvironmentCatalog catalog;
    private final CanvasViewModel canvas;
    private final ReadOnlyObjectProperty<Journey> journey;
    private final ObservableList<Warning> warnings = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Badges> badges =
            new ReadOnlyObjectWrapper<>(this, "badges", Badges.NONE);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    public WarningsViewModel(
            ReadOnlyObjectProperty<Journey> journey,
            EnvironmentCatalog catalog,
            JourneyValidator validator,
            CanvasViewModel canvas) {
        this.journey = journey;
        this.catalog = catalog;
        this.validator = validator;
        this.canvas = canvas;
        journey.addListener((obs, old, now) -> recompute());
        catalog.revisionProperty().addListener((obs, old, now) -> recompute());
        recompute();
    }

    private void recompute() {
        Journey j = journey.get();
        List<Warning> found =
                j == null ? List.of() : validator.validate(j.definition(), j.status(), catalog);
        warnings.setAll(found);
        Map<String, List<Warning>> byNode = new HashMap<>();
        Map<String, List<Warning>> byTransition = new HashMap<>();
        for (Warning w : found) {
            if (w.node() != null) {
                byNode.computeIfAbsent(w.node(), k -> new ArrayList<>()).add(w);
            }
            if (w.transition() != null) {
                byTransition.computeIfAbsent(w.transition(), k -> new ArrayList<>()).add(w);
            }
        }
        badges.set(new Badges(byNode, byTransition));
        long hints = found.stream().filter(Warning::suppressed).count();
        long alarms = found.size() - hints;
        summary.set(
                found.isEmpty()
                        ? "No warnings"
                        : alarms == 0
                                ? Words.count(hints, "hint")
                                : Words.count(alarms, "warning")
                                        + (hints > 0 ? ", " + Words.count(hints, "hint") : ""));
    }

    /** Selects what a warning is about and centres it. */
    public void reveal(Warning w) {
        Journey j = journey.get();
        if (j == null) {
            return;
        }
        if (w.node() != null) {
            canvas.framing().reveal(w.node());
        } else if (w.transition() != null) {
            Transition t = JourneyEdits.find(j, w.transition());
            if (t != null) {
                canvas.framing().reveal(t.from());
                canvas.selection().select(Selection.transition(t.name()));
            }
        }
    }

    public static boolean isHint(Warning w) {
        return w.suppressed();
    }

    public ObservableList<Warning> warnings() {
        return FXCollections.unmodifiableObservableList(warnings);
    }

    public ReadOnlyObjectProperty<Badges> badgesProperty() {
        return badges.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
