package com.ascendkit.journeys.studio.background;

import com.ascendkit.journeys.studio.Fxml;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;

/** The first-run offer, a banner over the window (never a modal question at start-up). */
public final class ServiceOfferView {
    private final HBox root;
    @FXML private Button installButton;
    @FXML private Button notNowButton;

    public ServiceOfferView(BackgroundServiceViewModel vm) {
        root = Fxml.load(this, "ServiceOffer");
        root.visibleProperty().bind(vm.offerShownProperty());
        root.managedProperty().bind(root.visibleProperty());
        installButton.setOnAction(e -> vm.acceptOffer());
        notNowButton.setOnAction(e -> vm.declineOffer());
    }

    public HBox root() {
        return root;
    }
}
