package com.ascendkit.journeys.studio.inspector;

import com.ascendkit.journeys.model.ReEntryPolicy;
import com.ascendkit.journeys.studio.Fxml;
import com.ascendkit.journeys.studio.text.Words;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Journey settings: name, entry event and conditions, entry node, re-entry policy. */
public final class JourneySettingsView {
    private final VBox root;
    @FXML private TextField nameField;
    @FXML private ComboBox<String> entryEventBox;
    @FXML private VBox conditionRows;
    @FXML private Button addConditionButton;
    @FXML private ComboBox<String> entryNodeBox;
    @FXML private ComboBox<ReEntryPolicy> reEntryBox;
    @FXML private Label errorLabel;

    public JourneySettingsView(JourneySettingsViewModel vm) {
        root = Fxml.load(this, "JourneySettings");
        nameField.textProperty().bindBidirectional(vm.nameProperty());
        Commits.onCommit(nameField, vm::commitName, vm::revert);
        entryEventBox.getEditor().textProperty().bindBidirectional(vm.entryEventProperty());
        entryEventBox.setOnShowing(e -> entryEventBox.getItems().setAll(vm.eventSuggestions()));
        Commits.onCommit(entryEventBox.getEditor(), vm::commitEntryEvent, vm::revert);
        KeyValueRowsView.bind(
                conditionRows,
                vm.entryConditions(),
                "condition",
                vm::commitEntryConditions,
                vm::removeConditionRow);
        addConditionButton.setOnAction(e -> vm.addConditionRow());
        entryNodeBox.setItems(vm.nodeNames());
        entryNodeBox.valueProperty().bindBidirectional(vm.entryNodeProperty());
        entryNodeBox.setOnAction(e -> vm.commitEntryNode());
        reEntryBox.getItems().setAll(ReEntryPolicy.values());
        reEntryBox.valueProperty().bindBidirectional(vm.reEntryPolicyProperty());
        reEntryBox.setOnAction(e -> vm.commitReEntryPolicy());
        reEntryBox.setConverter(
                new StringConverter<>() {
                    @Override
                    public String toString(ReEntryPolicy p) {
                        return p == null ? "" : Words.capitalised(p.name());
                    }

                    @Override
                    public ReEntryPolicy fromString(String s) {
                        return ReEntryPolicy.valueOf(s.toUpperCase(java.util.Locale.ROOT));
                    }
                });
        errorLabel.textProperty().bind(vm.errorProperty());
    }

    public VBox root() {
        return root;
    }
}
