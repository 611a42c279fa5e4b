package com.ascendkit.journeys.studio.background;

import com.ascendkit.journeys.studio.Fxml;
import java.util.function.Supplier;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * File → Run engine in background…: a small window, not modal (a service command may take a few
 * seconds), with the service's status, Install and Uninstall. Made once, shown again on each use,
 * asking for the status each time.
 */
public final class BackgroundServiceView {
    private final BackgroundServiceViewModel vm;
    private final Supplier<Window> owner;
    private final VBox root;
    private Dialog<Void> dialog;
    @FXML private Label statusLabel;
    @FXML private Label messageLabel;
    @FXML private Button installButton;
    @FXML private Button uninstallButton;

    public BackgroundServiceView(BackgroundServiceViewModel vm, Supplier<Window> owner) {
        this.vm = vm;
        this.owner = owner;
        root = Fxml.load(this, "BackgroundService");
        statusLabel.textProperty().bind(vm.statusProperty());
        messageLabel.textProperty().bind(vm.messageProperty());
        messageLabel.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        messageLabel.managedProperty().bind(messageLabel.visibleProperty());
        installButton.disableProperty().bind(vm.busyProperty());
        uninstallButton.disableProperty().bind(vm.busyProperty().or(vm.installedProperty().not()));
        installButton.setOnAction(e -> vm.install());
        uninstallButton.setOnAction(e -> vm.uninstall());
    }

    /** Shows the window (or brings it forward) and asks for the status. */
    public void show() {
        if (dialog == null) {
            dialog = new Dialog<>();
            dialog.setTitle("Run engine in background");
            dialog.initModality(Modality.NONE);
            dialog.initOwner(owner.get());
            dialog.getDialogPane().setContent(root);
            dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        }
        vm.refreshStatus();
        if (!dialog.isShowing()) {
            dialog.show();
        }
    }
}
