package com.ascendkit.journeys.studio.lifecycle;

import com.ascendkit.journeys.model.JourneyStatus;
import com.ascendkit.journeys.studio.Fxml;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** The lifecycle toolbar: status chip, activate, pause, archive. */
public final class LifecycleView {
    private final HBox root;
    @FXML private Label statusLabel;
    @FXML private Button activateButton;
    @FXML private Button pauseButton;
    @FXML private Button archiveButton;

    public LifecycleView(LifecycleViewModel vm) {
        root = Fxml.load(this, "Lifecycle");
        vm.statusProperty().addListener((o, a, b) -> showStatus(b));
        showStatus(vm.statusProperty().get());
        activateButton.disableProperty().bind(vm.canActivateProperty().not());
        pauseButton.disableProperty().bind(vm.canPauseProperty().not());
        archiveButton.disableProperty().bind(vm.canArchiveProperty().not());
        activateButton.setOnAction(e -> vm.activate());
        pauseButton.setOnAction(e -> vm.pause());
        archiveButton.setOnAction(e -> vm.archive());
    }

    private void showStatus(JourneyStatus status) {
        // Only the status's own class: "status-chip" (the pill's shape) stays.
        statusLabel
                .getStyleClass()
                .removeIf(c -> c.startsWith("status-") && !c.equals("status-chip"));
        // No journey: no chip (the disabled buttons and the empty inspector say it), which keeps
        // the toolbar narrow enough for a 1024-pixel window with the journey list open.
        statusLabel.setVisible(status != null);
        statusLabel.setManaged(status != null);
        if (status == null) {
            statusLabel.setText("");
            return;
        }
        statusLabel.setText(status.wireName().toUpperCase(java.util.Locale.ROOT));
        statusLabel.getStyleClass().add("status-" + status.wireName());
    }

    public HBox root() {
        return root;
    }
}
