package com.ascendkit.journeys.studio.inspector;

import com.ascendkit.journeys.studio.Fxml;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Shows the form for what is selected. */
public final class InspectorView {
    private final VBox root;
    @FXML private StackPane forms;
    @FXML private Label nothingLabel;

    public InspectorView(InspectorViewModel vm) {
        root = Fxml.load(this, "Inspector");
        VBox node = new NodeInspectorView(vm.node()).root();
        VBox transition = new TransitionInspectorView(vm.transition()).root();
        VBox settings = new JourneySettingsView(vm.settings()).root();
        forms.getChildren().addAll(node, transition, settings);
        java.util.function.Consumer<InspectorViewModel.Mode> show =
                mode -> {
                    node.setVisible(mode == InspectorViewModel.Mode.NODE);
                    transition.setVisible(mode == InspectorViewModel.Mode.TRANSITION);
                    settings.setVisible(mode == InspectorViewModel.Mode.JOURNEY);
                    nothingLabel.setVisible(mode == InspectorViewModel.Mode.NOTHING);
                };
        vm.modeProperty().addListener((o, a, mode) -> show.accept(mode));
        show.accept(vm.modeProperty().get());
    }

    public VBox root() {
        return root;
    }
}
