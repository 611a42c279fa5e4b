package com.ascendkit.journeys.studio.inspector;

import com.ascendkit.journeys.studio.Fxml;
import com.ascendkit.journeys.studio.editing.TriggerDraft;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

/** The transition form: trigger type, event with suggestions and filter rows, or a delay. */
public final class TransitionInspectorView {
    private final VBox root;
    @FXML private Label titleLabel;
    @FXML private ToggleButton eventToggle;
    @FXML private ToggleButton timerToggle;
    @FXML private VBox eventForm;
    @FXML private VBox timerForm;
    @FXML private ComboBox<String> eventBox;
    @FXML private VBox filterRows;
    @FXML private Button addFilterButton;
    @FXML private TextField delayField;
    @FXML private Label errorLabel;

    public TransitionInspectorView(TransitionInspectorViewModel vm) {
        root = Fxml.load(this, "TransitionInspector");
        TriggerDraft draft = vm.trigger();
        titleLabel.textProperty().bind(vm.titleProperty());
        ToggleGroup group = new ToggleGroup();
        eventToggle.setToggleGroup(group);
        timerToggle.setToggleGroup(group);
        eventToggle.setOnAction(
                e -> {
                    draft.kindProperty().set(TriggerDraft.Kind.EVENT);
                    vm.commit();
                });
        timerToggle.setOnAction(
                e -> {
                    draft.kindProperty().set(TriggerDraft.Kind.TIMER);
                    vm.commit();
                });
        draft.kindProperty().addListener((o, a, b) -> showKind(b));
        showKind(draft.kindProperty().get());
        eventBox.getEditor().textProperty().bindBidirectional(draft.eventProperty());
        eventBox.setOnShowing(e -> eventBox.getItems().setAll(vm.eventSuggestions()));
        Commits.onCommit(eventBox.getEditor(), vm::commit);
        KeyValueRowsView.bind(
                filterRows,
                draft.filter(),
                "filter",
                vm::commit,
                row -> {
                    draft.removeFilterRow(row);
                    vm.commit();
                });
        addFilterButton.setOnAction(e -> draft.addFilterRow());
        delayField.textProperty().bindBidirectional(draft.delayProperty());
        Commits.onCommit(delayField, vm::commit);
        errorLabel.textProperty().bind(draft.shownErrorProperty());
    }

    private void showKind(TriggerDraft.Kind kind) {
        boolean timer = kind == TriggerDraft.Kind.TIMER;
        eventToggle.setSelected(!timer);
        timerToggle.setSelected(timer);
        eventForm.setVisible(!timer);
        eventForm.setManaged(!timer);
        timerForm.setVisible(timer);
        timerForm.setManaged(timer);
    }

    public VBox root() {
        return root;
    }
}
