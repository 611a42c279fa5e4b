package com.ascendkit.journeys.studio.canvas;

import com.ascendkit.journeys.model.InvalidInputException;
import com.ascendkit.journeys.model.Trigger;
import com.ascendkit.journeys.studio.Fxml;
import com.ascendkit.journeys.studio.editing.EventSuggestions;
import com.ascendkit.journeys.studio.editing.TriggerDraft;
import com.ascendkit.journeys.studio.text.StepNames;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;

/**
 * The in-place question after a connecting drag: on which event, or after what delay? Shown where
 * the drag ended, starting on the trigger last chosen in this journey ({@link
 * CanvasViewModel#startingTrigger()}), never on what an abandoned question was left with; Enter
 * (also from the event field) adds the transition, Escape drops it.
 */
final class ConnectChooser {
    private final CanvasViewModel vm;
    private final TriggerDraft draft = new TriggerDraft();
    private final VBox root;
    @FXML private Label title;
    @FXML private VBox nameRow;
    @FXML private TextField nameField;
    @FXML private ToggleButton eventToggle;
    @FXML private ToggleButton timerToggle;
    @FXML private ComboBox<String> eventBox;
    @FXML private TextField delayField;
    @FXML private Label error;
    @FXML private Button addButton;
    @FXML private Button cancelButton;
    private BiConsumer<String, Trigger> accept;
    private final BooleanProperty tried = new SimpleBooleanProperty(this, "tried");
    private final StringProperty nameError = new SimpleStringProperty(this, "nameError", "");

    private final Runnable onClose;

    /** What a journey's first connection is asked with: the event a marketer waits for most. */
    private static final String FIRST_EVENT = "user.login";

    /** {@code onClose}: gives the focus back (to the canvas) when the question goes away. */
    ConnectChooser(CanvasViewModel vm, Pane overlay, Runnable onClose) {
        this.vm = vm;
        this.onClose = onClose;
        root = Fxml.load(this, "ConnectChooser");
        root.setVisible(false);
        root.setManaged(false);
        overlay.getChildren().add(root);
        ToggleGroup group = new ToggleGroup();
        eventToggle.setToggleGroup(group);
        timerToggle.setToggleGroup(group);
        eventToggle.setSelected(true);
        group.selectedToggleProperty()
                .addListener(
                        (o, a, b) -> {
                            if (b == null) {
                                a.setSelected(true);
                                return;
                            }
                            draft.kindProperty()
                                    .set(
                                            b == timerToggle
                                                    ? TriggerDraft.Kind.TIMER
                                                    : TriggerDraft.Kind.EVENT);
                            if (root.isVisible()) {
                                focusTrigger(); // a click on "After delay": type the delay now
                            }
                        });
        draft.kindProperty()
                .addListener(
                        (o, a, b) -> {
                            boolean timer = b == TriggerDraft.Kind.TIMER;
                            eventBox.setVisible(!timer);
                            eventBox.setManaged(!timer);
                            delayField.setVisible(timer);
                            delayField.setManaged(timer);
                        });
        delayField.setVisible(false);
        delayField.setManaged(false);
        eventBox.getEditor().textProperty().bindBidirectional(draft.eventProperty());
        delayField.textProperty().bindBidirectional(draft.delayProperty());
        // said once the user tries to add (Enter or the button), then kept up to date as they type
        error.textProperty()
                .bind(
                        Bindings.when(tried)
                                .then(
                                        Bindings.when(nameError.isNotEmpty())
                                                .then(nameError)
                                                .otherwise(draft.errorProperty()))
                                .otherwise(""));
        nameField.textProperty().addListener((o, a, b) -> nameError.set(nameProblem()));
        addButton.setOnAction(e -> confirm());
        cancelButton.setOnAction(e -> hide());
        // a filter: the editable combo box would take Enter for itself
        root.addEventFilter(
                KeyEvent.KEY_PRESSED,
                e -> {
                    if (e.getCode() == KeyCode.ENTER && !eventBox.isShowing()) {
                        confirm();
                        e.consume();
                    } else if (e.getCode() == KeyCode.ESCAPE && !eventBox.isShowing()) {
                        hide();
                        e.consume();
                    }
                });
    }

    boolean isShowing() {
        return root.isVisible();
    }

    void show(String fromNode, String toNode, double x, double y) {
        show(
                "Connect " + fromNode + " → " + toNode,
                null,
                x,
                y,
                (name, t) -> vm.connections().connect(fromNode, toNode, t));
    }

    /**
     * Asks for a trigger under {@code heading} and, when {@code proposedName} is not null, for the
     * name of the step being made (proposed, selected for typing); {@code onAccept} gets the name
     * (null without one) and the trigger when both are good.
     */
    void show(
            String heading,
            String proposedName,
            double x,
            double y,
            BiConsumer<String, Trigger> onAccept) {
        accept = onAccept;
        tried.set(false);
        boolean naming = proposedName != null;
        nameRow.setVisible(naming);
        nameRow.setManaged(naming);
        nameField.setText(naming ? proposedName : "");
        nameError.set(nameProblem());
        Trigger start = vm.connections().startingTrigger();
        draft.load(start != null ? start : Trigger.on(FIRST_EVENT));
        (draft.kindProperty().get() == TriggerDraft.Kind.TIMER ? timerToggle : eventToggle)
                .setSelected(true);
        title.setText(heading);
        eventBox.getItems().setAll(EventSuggestions.of(vm.journeyProperty().get()));
        root.setVisible(true);
        root.autosize();
        Pane overlay = (Pane) root.getParent();
        double w = root.prefWidth(-1);
        double h = root.prefHeight(w);
        root.relocate(
                Math.max(8, Math.min(x, overlay.getWidth() - w - 8)),
                Math.max(8, Math.min(y, overlay.getHeight() - h - 8)));
        if (naming) {
            nameField.requestFocus();
            nameField.selectAll(); // typing replaces the proposed name
        } else {
            focusTrigger();
        }
    }

    private void focusTrigger() {
        TextField field =
                draft.kindProperty().get() == TriggerDraft.Kind.TIMER
                        ? delayField
                        : eventBox.getEditor();
        field.requestFocus();
        field.selectAll(); // typing replaces the suggestion
    }

    private String nameProblem() {
        if (!nameRow.isVisible()) {
            return "";
        }
        String name = nameField.getText().strip();
        String problem = StepNames.problem(name);
        if (problem.isEmpty()
                && vm.journeyProperty().get() != null
                && vm.journeyProperty().get().nodes().containsKey(name)) {
            return "There is already a step called '" + name + "'";
        }
        return problem;
    }

    private void confirm() {
        tried.set(true);
        nameError.set(nameProblem());
        Trigger trigger;
        try {
            trigger = draft.build();
        } catch (InvalidInputException e) {
            return;
        }
        if (!nameError.get().isEmpty()) {
            return;
        }
        hide();
        accept.accept(nameRow.isVisible() ? nameField.getText().strip() : null, trigger);
    }

    private void hide() {
        root.setVisible(false);
        onClose.run();
    }
}
