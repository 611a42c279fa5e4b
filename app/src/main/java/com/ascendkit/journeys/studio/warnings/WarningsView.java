package com.ascendkit.journeys.studio.warnings;

import com.ascendkit.journeys.model.topology.Warning;
import com.ascendkit.journeys.studio.Fxml;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;

/** The warnings panel: hints and alarms; clicking one selects and centres its node. */
public final class WarningsView {
    private final VBox root;
    @FXML private Label summaryLabel;
    @FXML private ListView<Warning> warningList;

    public WarningsView(WarningsViewModel vm) {
        root = Fxml.load(this, "Warnings");
        summaryLabel.textProperty().bind(vm.summaryProperty());
        warningList.setItems(vm.warnings());
        warningList.setCellFactory(list -> new WarningCell());
        warningList.setOnMouseClicked(
                e -> {
                    Warning w = warningList.getSelectionModel().getSelectedItem();
                    if (w != null) {
                        vm.reveal(w);
                    }
                });
    }

    public VBox root() {
        return root;
    }

    private static final class WarningCell extends ListCell<Warning> {
        WarningCell() {
            // no width of its own: the cell takes the list's and the message wraps
            setPrefWidth(0);
            setWrapText(true);
        }

        @Override
        protected void updateItem(Warning w, boolean empty) {
            super.updateItem(w, empty);
            getStyleClass().removeAll("warning-hint", "warning-alarm");
            if (empty || w == null) {
                setText(null);
                return;
            }
            boolean hint = WarningsViewModel.isHint(w);
            getStyleClass().add(hint ? "warning-hint" : "warning-alarm");
            setText((hint ? "Hint · " : "⚠ ") + w.message());
        }
    }
}
