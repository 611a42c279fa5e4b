package com.ascendkit.journeys.studio.dialogs;

import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.ActionType;
import com.ascendkit.journeys.model.Names;
import com.ascendkit.journeys.model.api.Template;
import com.ascendkit.journeys.studio.editing.EventSuggestions;
import com.ascendkit.journeys.studio.editing.TemplateCells;
import com.ascendkit.journeys.studio.palette.Icons;
import com.ascendkit.journeys.studio.sync.EnvironmentCatalog;
import com.ascendkit.journeys.studio.text.StepNames;
import java.util.List;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/**
 * The new-journey dialog's fields: name, entry event and the first step (type, name, and its email,
 * tag or stage), as {@code journey create --entry-node} makes it in one go. What is wrong is said
 * when OK is pressed (the dialog then stays open), not while typing.
 */
final class NewJourneyForm {
    private final TextField name = field("new-journey-name", "Onboarding Flow");
    private final ComboBox<String> event = new ComboBox<>();
    private final ComboBox<ActionType> type = new ComboBox<>();
    private final TextField stepName = field("new-journey-step-name", "welcome_email");
    private final ComboBox<String> template = new ComboBox<>();
    private final TextField text = field("new-journey-step-text", "");
    private final Label detailLabel = new Label();
    private final Label error = new Label();

    NewJourneyForm(DialogPane pane, List<Template> templates) {
        event.setId("new-journey-event");
        event.setEditable(true);
        event.getItems().setAll(EventSuggestions.BUILT_IN);
        event.getEditor().setText("user.created");
        event.setMaxWidth(Double.MAX_VALUE);
        type.setId("new-journey-step-type");
        type.getItems().setAll(ActionType.values());
        type.setConverter(Icons.labels());
        type.setValue(ActionType.SEND_EMAIL);
        type.setMaxWidth(Double.MAX_VALUE);
        template.setId("new-journey-template");
        template.setPromptText("Choose an email (or later)");
        template.getItems().setAll(templates.stream().map(Template::slug).toList());
        TemplateCells.install(template, templates);
        template.setMaxWidth(Double.MAX_VALUE);
        error.setId("new-journey-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("Name"), name);
        grid.addRow(1, new Label("Users enter on"), event);
        grid.addRow(2, new Label("First step"), type);
        grid.addRow(3, new Label("Step name"), stepName);
        grid.addRow(4, detailLabel, template, text);
        grid.add(error, 0, 5, 2, 1);
        type.valueProperty().addListener((o, a, b) -> showDetail(b));
        showDetail(type.getValue());
        pane.setContent(grid);
        pane.getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        pane.lookupButton(ButtonType.OK).disableProperty().bind(name.textProperty().isEmpty());
        pane.lookupButton(ButtonType.OK)
                .addEventFilter(
                        ActionEvent.ACTION,
                        e -> {
                            error.setText(problem());
                            if (!error.getText().isEmpty()) {
                                e.consume(); // stays open, saying what to fix
                            }
                        });
    }

    /** Once shown: typing goes to the name. */
    void focus() {
        name.requestFocus();
    }

    /** The journey the fields describe; null while they are not valid. */
    Dialogs.NewJourney result() {
        if (!problem().isEmpty()) {
            return null;
        }
        ActionType t = type.getValue();
        String step = stepName.getText().isBlank() ? defaultName(t) : stepName.getText().strip();
        return new Dialogs.NewJourney(
                name.getText().strip(),
                event.getEditor().getText().strip(),
                new Dialogs.FirstStep(step, action(t)));
    }

    private String problem() {
        if (name.getText().isBlank()) {
            return "Give the journey a name";
        }
        String e = event.getEditor().getText().strip();
        if (e.isEmpty() || !Names.isEventName(e)) {
            return "Type the event users enter on, such as user.created";
        }
        String step = stepName.getText().strip();
        if (!step.isEmpty() && !StepNames.problem(step).isEmpty()) {
            return StepNames.problem(step);
        }
        if (text.getText().isBlank()) {
            return switch (type.getValue()) {
                case TAG_USER -> "Type the tag to give";
                case ADVANCE_STAGE -> "Type the lifecycle stage";
                case SEND_EMAIL, NONE -> "";
            };
        }
        return "";
    }

    private Action action(ActionType t) {
        return switch (t) {
            case SEND_EMAIL ->
                    new Action.SendEmail(
                            template.getValue() == null || template.getValue().isBlank()
                                    ? EnvironmentCatalog.CHOOSE_TEMPLATE
                                    : template.getValue());
            case TAG_USER -> new Action.TagUser(text.getText().strip());
            case ADVANCE_STAGE -> new Action.AdvanceStage(text.getText().strip());
            case NONE -> Action.none();
        };
    }

    /** Shows the detail field of {@code t}: the email picker, the tag or stage text, or none. */
    private void showDetail(ActionType t) {
        String label =
                switch (t) {
                    case SEND_EMAIL -> "Email";
                    case TAG_USER -> "Tag";
                    case ADVANCE_STAGE -> "Stage";
                    case NONE -> "";
                };
        boolean email = t == ActionType.SEND_EMAIL;
        boolean typed = !email && !label.isEmpty();
        template.setVisible(email);
        template.setManaged(email);
        text.setVisible(typed);
        text.setManaged(typed);
        detailLabel.setText(label);
        text.setPromptText(t == ActionType.TAG_USER ? "trial-user" : "onboarding");
        detailLabel.setVisible(email || typed);
        stepName.setPromptText(email ? "welcome_email" : defaultName(t));
    }

    private static String defaultName(ActionType t) {
        return switch (t) {
            case SEND_EMAIL -> "email";
            case TAG_USER -> "tag";
            case ADVANCE_STAGE -> "stage";
            case NONE -> "start";
        };
    }

    private static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        return f;
    }
}
