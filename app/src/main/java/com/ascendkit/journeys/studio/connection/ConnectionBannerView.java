package com.ascendkit.journeys.studio.connection;

import com.ascendkit.journeys.studio.Fxml;
import com.ascendkit.journeys.studio.sync.Reachability;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** A banner over the window while the engine does not answer, with a retry button. */
public final class ConnectionBannerView {
    private final HBox root;
    @FXML private Label messageLabel;
    @FXML private Button retryButton;

    public ConnectionBannerView(Reachability reachability) {
        root = Fxml.load(this, "ConnectionBanner");
        messageLabel.textProperty().bind(reachability.messageProperty());
        root.visibleProperty().bind(reachability.onlineProperty().not());
        root.managedProperty().bind(root.visibleProperty());
        retryButton.setOnAction(e -> reachability.retryNow());
    }

    public HBox root() {
        return root;
    }
}
