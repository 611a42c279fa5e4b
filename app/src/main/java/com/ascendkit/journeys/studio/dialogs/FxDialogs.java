package com.ascendkit.journeys.studio.dialogs;

import com.ascendkit.journeys.model.api.Identity;
import com.ascendkit.journeys.model.api.Survey;
import com.ascendkit.journeys.model.api.Template;
import com.ascendkit.journeys.studio.text.Words;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link Dialogs} as modal JavaFX dialogs over the editor's window. */
public final class FxDialogs implements Dialogs {
    private final Supplier<Window> owner;

    public FxDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert =
                new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.OK, ButtonType.CANCEL);
        prepare(alert, title);
        return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    @Override
    public Optional<Path> askPngFile(String suggested) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the canvas as PNG");
        chooser.setInitialFileName(suggested);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        java.io.File file = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(file).map(java.io.File::toPath);
    }

    @Override
    public Optional<Path> askExportFile(String suggested) {
        FileChooser chooser = journeyChooser("Export the journey");
        chooser.setInitialFileName(suggested);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(java.io.File::toPath);
    }

    @Override
    public Optional<Path> askImportFile() {
        FileChooser chooser = journeyChooser("Import a journey");
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(java.io.File::toPath);
    }

    private static FileChooser journeyChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter("Exported journey (JSON)", "*.json"),
                        new FileChooser.ExtensionFilter("Any file", "*"));
        return chooser;
    }

    @Override
    public Optional<RemoteEngine> askRemoteEngine(String suggestedUrl, String keyHint) {
        javafx.scene.control.Dialog<RemoteEngine> dialog = new javafx.scene.control.Dialog<>();
        dialog.setTitle("Connect to remote engine");
        javafx.scene.control.TextField url = new javafx.scene.control.TextField(suggestedUrl);
        url.setId("remote-url");
        url.setPromptText("https://engine.example.com:7070");
        javafx.scene.control.PasswordField key = new javafx.scene.control.PasswordField();
        key.setId("remote-key");
        key.setPromptText("secret key (sk_…)");
        javafx.scene.control.Label hint = new javafx.scene.control.Label(keyHint);
        hint.getStyleClass().add("hint-text");
        hint.setWrapText(true);
        javafx.scene.layout.VBox box =
                new javafx.scene.layout.VBox(
                        8,
                        new javafx.scene.control.Label("Engine URL"),
                        url,
                        new javafx.scene.control.Label("Secret key"),
                        key,
                        hint);
        box.setPrefWidth(420);
        dialog.getDialogPane().setContent(box);
        ButtonType connect = new ButtonType("Connect", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(connect, ButtonType.CANCEL);
        dialog.initOwner(owner.get());
        dialog.setResultConverter(
                b -> b == connect ? new RemoteEngine(url.getText(), key.getText()) : null);
        return dialog.showAndWait();
    }

    @Override
    public QuitChoice askQuitWithEngine(String message) {
        ButtonType keep = new ButtonType("Keep it running", ButtonBar.ButtonData.YES);
        ButtonType stop = new ButtonType("Stop the engine", ButtonBar.ButtonData.NO);
        Alert alert =
                new Alert(Alert.AlertType.CONFIRMATION, message, keep, stop, ButtonType.CANCEL);
        prepare(alert, "Quit Journey Studio");
        return alert.showAndWait()
                .map(b -> b == keep ? QuitChoice.KEEP_RUNNING : b == stop ? QuitChoice.STOP : null)
                .orElse(QuitChoice.CANCEL);
    }

    @Override
    public boolean confirmTyped(String title, String message, String expected) {
        Dialog<ButtonType> dialog = new Dialog<>();
        prepare(dialog, title);
        TextField typed = new TextField();
        typed.setId("typed-confirmation");
        typed.setPromptText(expected);
        Label text = new Label(message);
        text.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(8, text, typed));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane()
                .lookupButton(ButtonType.OK)
                .disableProperty()
                .bind(typed.textProperty().isNotEqualTo(expected));
        return dialog.showAndWait().filter(b -> b == ButtonType.OK).isPresent()
                && typed.getText().equals(expected);
    }

    @Override
    public Optional<UsersFate> askUsersFate(String node, long users, List<String> otherNodes) {
        Dialog<UsersFate> dialog = new Dialog<>();
        prepare(dialog, "Users in '" + node + "'");
        ToggleGroup group = new ToggleGroup();
        RadioButton move = new RadioButton("Move them to");
        move.setId("fate-move");
        RadioButton exit = new RadioButton("Exit them from the journey");
        exit.setId("fate-exit");
        move.setToggleGroup(group);
        exit.setToggleGroup(group);
        ComboBox<String> target = new ComboBox<>();
        target.setId("fate-target");
        target.getItems().setAll(otherNodes);
        if (!otherNodes.isEmpty()) {
            target.setValue(otherNodes.get(0));
            move.setSelected(true);
        } else {
            move.setDisable(true);
            exit.setSelected(true);
        }
        target.disableProperty().bind(move.selectedProperty().not());
        Label text =
                new Label(
                        Words.count(users, "user")
                                + " "
                                + Words.isAre(users)
                                + " in '"
                                + node
                                + "' now. Before it is removed, where should they go?");
        text.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(8, text, move, target, exit));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(
                b ->
                        b != ButtonType.OK
                                ? null
                                : move.isSelected()
                                        ? new UsersFate(target.getValue())
                                        : UsersFate.exit());
        return dialog.showAndWait();
    }

    @Override
    public Optional<Survey> askNewSurvey() {
        return CatalogEntryDialogs.survey(this::prepare);
    }

    @Override
    public Optional<Identity> askNewIdentity() {
        return CatalogEntryDialogs.identity(this::prepare);
    }

    @Override
    public Optional<NewJourney> askNewJourney(List<Template> templates) {
        Dialog<NewJourney> dialog = new Dialog<>();
        prepare(dialog, "New journey");
        NewJourneyForm form = new NewJourneyForm(dialog.getDialogPane(), templates);
        dialog.setResultConverter(b -> b == ButtonType.OK ? form.result() : null);
        dialog.setOnShown(e -> form.focus());
        return dialog.showAndWait();
    }

    private void prepare(Dialog<?> dialog, String title) {
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        Window w = owner.get();
        if (w != null) {
            dialog.initOwner(w);
        }
    }
}
