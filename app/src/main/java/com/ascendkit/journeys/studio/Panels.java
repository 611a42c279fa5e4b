package com.ascendkit.journeys.studio;

import com.ascendkit.journeys.model.Journey;
import java.util.function.DoubleSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;

/**
 * The side panels that give the canvas room: the journey list and the inspector, each shown or
 * collapsed by its toolbar button and remembered in the settings. Until the user has chosen, the
 * journey list collapses when a journey opens in a window narrower than {@value #WIDE} pixels.
 */
final class Panels {
    static final double WIDE = 1400;

    private Panels() {}

    /**
     * The journey list's panel and its toggle. {@code refresh} runs each time the list is shown:
     * journeys made elsewhere (the CLI, another editor) appear without a restart.
     */
    static void journeyList(
            ToggleButton toggle,
            Node panel,
            ObjectProperty<Boolean> remembered,
            ObservableValue<Journey> journey,
            DoubleSupplier windowWidth,
            Runnable refresh) {
        toggle.setTooltip(new Tooltip("Show or hide the list of journeys"));
        panel.visibleProperty().bind(toggle.selectedProperty());
        panel.managedProperty().bind(toggle.selectedProperty());
        toggle.setSelected(remembered.get() == null || remembered.get());
        toggle.setOnAction(e -> remembered.set(toggle.isSelected()));
        toggle.selectedProperty()
                .addListener(
                        (o, was, shown) -> {
                            if (shown) {
                                refresh.run();
                            }
                        });
        journey.addListener(
                (o, a, b) -> {
                    if (a == null
                            && b != null
                            && remembered.get() == null
                            && windowWidth.getAsDouble() < WIDE) {
                        toggle.setSelected(false);
                    }
                });
    }

    static void inspector(ToggleButton toggle, Node panel, BooleanProperty shown) {
        toggle.setTooltip(new Tooltip("Show or hide the inspector"));
        toggle.selectedProperty().bindBidirectional(shown);
        panel.visibleProperty().bind(shown);
        panel.managedProperty().bind(shown);
    }
}
