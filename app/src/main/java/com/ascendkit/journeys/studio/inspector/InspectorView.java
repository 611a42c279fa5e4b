package com.ascendkit.journeys.studio.inspector;

import com.ascendkit.journeys.studio.Fxml;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Shows the form for what is selected. */
public final class InspectorView {
    private final VBox root;
    @FXML private StackPane forms;
    @FXML private Label nothingLabel;

    /**
     * {@code newTemplate}: opens the email templates on a new email, over the given window, and
     * hands back the new email's name once saved (the email picker's "New email…").
     */
    public InspectorView(InspectorViewModel vm, BiConsumer<Window, Consumer<String>> newTemplate) {
        root = Fxml.load(this, "Inspector");
        VBox node =
                new NodeInspectorView(
                                vm.node(),
                                created -> newTemplate.accept(root.getScene().getWindow(), created))
                        .root();
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
