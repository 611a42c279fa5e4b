package com.ascendkit.journeys.studio.templates;

import com.ascendkit.journeys.model.api.Template;
import com.ascendkit.journeys.studio.Fxml;
import com.ascendkit.journeys.studio.StudioTheme;
import com.ascendkit.journeys.studio.keymap.Keymap;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The Templates window (View → Email templates…): binds {@link TemplatesViewModel} to {@code
 * Templates.fxml}. One window, made on first use and brought forward after; not modal, so the
 * journey stays at hand while an email is written. Ctrl+S (Cmd+S) saves.
 */
public final class TemplatesView {
    private final TemplatesViewModel vm;
    private final BorderPane root;
    private Stage stage;
    @FXML private TextField searchField;
    @FXML private ListView<Template> list;
    @FXML private Button newButton;
    @FXML private Button duplicateButton;
    @FXML private Button deleteButton;
    @FXML private TextField slugField;
    @FXML private Label slugError;
    @FXML private TextField subjectField;
    @FXML private Label subjectError;
    @FXML private TextArea htmlField;
    @FXML private Label htmlError;
    @FXML private TextArea textField;
    @FXML private Label textError;
    @FXML private Button saveButton;
    @FXML private Label messageLabel;
    @FXML private TextField userField;
    @FXML private Label statusLabel;
    @FXML private Label subjectPreview;
    @FXML private TextArea htmlPreview;
    @FXML private TextArea sourcePreview;
    @FXML private TextArea textPreview;
    @FXML private Label hintsLabel;
    @FXML private TextField addressField;
    @FXML private Button sendButton;
    @FXML private Label testResult;

    public TemplatesView(TemplatesViewModel vm) {
        this.vm = vm;
        root = Fxml.load(this, "Templates");
        bindList();
        bindEditor();
        bindPreview();
    }

    private void bindList() {
        searchField.textProperty().bindBidirectional(vm.searchProperty());
        list.setItems(vm.shown());
        list.setCellFactory(v -> new TemplateCell());
        list.setPlaceholder(new Label("No emails match. New makes one."));
        list.getSelectionModel()
                .selectedItemProperty()
                .addListener(
                        (o, a, b) -> {
                            if (b != null && !vm.open(b)) {
                                list.getSelectionModel().select(a);
                            }
                        });
        // after a save, delete or refresh, the list shows the email being edited as selected
        vm.draft().savedProperty().addListener((o, a, b) -> selectSaved());
        vm.shown().addListener((ListChangeListener<Template>) c -> selectSaved());
        newButton.setOnAction(e -> vm.startNew());
        duplicateButton.setOnAction(e -> vm.duplicate());
        duplicateButton.disableProperty().bind(vm.draft().savedProperty().isNull());
        deleteButton.setOnAction(e -> vm.delete());
        deleteButton.disableProperty().bind(vm.draft().savedProperty().isNull());
    }

    private void selectSaved() {
        Template saved = vm.draft().saved();
        Template item =
                saved == null
                        ? null
                        : vm.shown().stream()
                                .filter(t -> t.slug().equals(saved.slug()))
                                .findFirst()
                                .orElse(null);
        if (item == null) {
            list.getSelectionModel().clearSelection();
        } else if (list.getSelectionModel().getSelectedItem() != item) {
            list.getSelectionModel().select(item);
        }
    }

    private void bindEditor() {
        TemplateDraft d = vm.draft();
        FieldErrors errors = vm.errors();
        slugField.textProperty().bindBidirectional(d.slugProperty());
        // a saved email keeps its name: steps send it by name (Duplicate makes one under another)
        slugField.editableProperty().bind(d.savedProperty().isNull());
        slugField.setTooltip(
                new Tooltip(
                        "A saved email keeps its name, since steps send it by name. Duplicate makes"
                                + " a copy under a new name."));
        subjectField.textProperty().bindBidirectional(d.subjectProperty());
        htmlField.textProperty().bindBidirectional(d.htmlProperty());
        textField.textProperty().bindBidirectional(d.textProperty());
        error(slugError, errors.slugProperty());
        error(subjectError, errors.subjectProperty());
        error(htmlError, errors.htmlProperty());
        error(textError, errors.textProperty());
        saveButton.setOnAction(e -> vm.save());
        saveButton.disableProperty().bind(d.changedProperty().not());
        messageLabel.textProperty().bind(vm.messageProperty());
        root.setOnKeyPressed(
                e -> {
                    if (Keymap.SAVE_EMAIL.matches(e)) {
                        vm.save();
                        e.consume();
                    }
                });
    }

    private static void error(Label label, ObservableStringValue text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private void bindPreview() {
        TemplatePreviewModel p = vm.preview();
        userField.textProperty().bindBidirectional(p.userIdProperty());
        statusLabel.textProperty().bind(p.statusProperty());
        subjectPreview.textProperty().bind(p.subjectProperty());
        htmlPreview.textProperty().bind(p.htmlTextProperty());
        sourcePreview.textProperty().bind(p.htmlProperty());
        textPreview.textProperty().bind(p.textProperty());
        hintsLabel
                .textProperty()
                .bind(
                        Bindings.createStringBinding(
                                () ->
                                        p.hints().isEmpty()
                                                ? ""
                                                : "Hint: " + String.join("\nHint: ", p.hints()),
                                p.hints()));
        hintsLabel.visibleProperty().bind(hintsLabel.textProperty().isNotEmpty());
        hintsLabel.managedProperty().bind(hintsLabel.visibleProperty());
        TestSendModel t = vm.testSend();
        addressField.textProperty().bindBidirectional(t.addressProperty());
        sendButton.setOnAction(e -> t.send());
        sendButton
                .disableProperty()
                .bind(t.sendingProperty().or(vm.draft().savedProperty().isNull()));
        testResult.textProperty().bind(t.resultProperty());
    }

    /** Shows the window over {@code owner} (or brings it forward) with a fresh list. */
    public void show(Window owner) {
        if (stage == null) {
            stage = new Stage();
            stage.setTitle("Email templates");
            stage.initOwner(owner);
            Scene scene = new Scene(root);
            // the theme (AtlantaFX) is the application's; the editor's own sheet is per scene
            scene.getStylesheets()
                    .add(StudioTheme.class.getResource("/css/studio.css").toExternalForm());
            stage.setScene(scene);
        }
        vm.refresh();
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }

    /**
     * Opens the window on a new email; {@code onCreated} gets its name once it is saved (the send
     * email step's "New template…" passes one that chooses it for the step).
     */
    public void openNew(Window owner, Consumer<String> onCreated) {
        show(owner);
        vm.startNew(onCreated);
        slugField.requestFocus();
    }

    public BorderPane root() {
        return root;
    }

    /** A list row: the email's name, and its subject under it. */
    private static final class TemplateCell extends ListCell<Template> {
        @Override
        protected void updateItem(Template t, boolean empty) {
            super.updateItem(t, empty);
            if (empty || t == null) {
                setGraphic(null);
                setText(null);
                setId(null); // a cell is reused: an empty one names no email
                setTooltip(null);
                return;
            }
            Label name = new Label(t.slug());
            name.getStyleClass().add("template-name");
            Label subject = new Label(t.subject());
            subject.getStyleClass().add("hint-text");
            setText(null);
            setGraphic(new VBox(1, name, subject));
            setPrefWidth(0); // long subjects end in "…" instead of widening the list
            setTooltip(new Tooltip(t.slug() + "\n" + t.subject()));
            setId("template-item-" + t.slug());
        }
    }
}
