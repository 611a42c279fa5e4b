package com.ascendkit.journeys.studio.inspector;

import com.ascendkit.journeys.model.ActionType;
import com.ascendkit.journeys.model.api.Identity;
import com.ascendkit.journeys.model.api.Survey;
import com.ascendkit.journeys.model.api.Template;
import com.ascendkit.journeys.studio.Fxml;
import com.ascendkit.journeys.studio.editing.TemplateCells;
import com.ascendkit.journeys.studio.palette.Icons;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/** The node form: binds {@link NodeInspectorViewModel}, commits on Enter, focus loss or choice. */
public final class NodeInspectorView {
    private final NodeInspectorViewModel vm;
    private final VBox root;
    @FXML private TextField nameField;
    @FXML private Label entryLabel;
    @FXML private Label failuresLabel;
    @FXML private ComboBox<ActionType> actionTypeBox;
    @FXML private VBox emailForm;
    @FXML private VBox tagForm;
    @FXML private VBox stageForm;
    @FXML private ComboBox<String> templateBox;
    @FXML private ComboBox<String> surveyBox;
    @FXML private ComboBox<String> senderBox;
    @FXML private Label senderStatus;
    @FXML private Label templateHint;
    @FXML private Button newTemplateButton;
    @FXML private Button newSurveyButton;
    @FXML private Button newSenderButton;
    @FXML private TextField tagField;
    @FXML private TextField stageField;
    @FXML private CheckBox terminalBox;
    @FXML private Label errorLabel;

    /** {@code newTemplate}: starts a new email, handing its name back once saved. */
    public NodeInspectorView(NodeInspectorViewModel vm, Consumer<Consumer<String>> newTemplate) {
        this.vm = vm;
        root = Fxml.load(this, "NodeInspector");
        nameField.textProperty().bindBidirectional(vm.nameProperty());
        Commits.onCommit(nameField, vm::commitName, vm::revert);
        entryLabel.visibleProperty().bind(vm.entryProperty());
        entryLabel.managedProperty().bind(vm.entryProperty());
        failuresLabel.textProperty().bind(vm.failuresProperty());
        failuresLabel.visibleProperty().bind(vm.failuresProperty().isNotEmpty());
        failuresLabel.managedProperty().bind(failuresLabel.visibleProperty());
        actionTypeBox.getItems().setAll(ActionType.values());
        actionTypeBox.setConverter(Icons.labels());
        actionTypeBox.valueProperty().bindBidirectional(vm.actionTypeProperty());
        actionTypeBox.setOnAction(e -> vm.commitAction());
        vm.actionTypeProperty().addListener((o, a, b) -> showForm(b));
        showForm(vm.actionTypeProperty().get());
        templateBox.valueProperty().bindBidirectional(vm.templateSlugProperty());
        templateBox.setOnAction(e -> vm.commitAction());
        TemplateCells.install(templateBox, vm.catalog().templates());
        templateHint.textProperty().bind(vm.templateHintProperty());
        // the new email is chosen once saved; the picker fetches the list again when next opened
        newSurveyButton.setTooltip(new Tooltip("Add a survey this email can link to"));
        newSurveyButton.setOnAction(e -> vm.newSurvey());
        newSenderButton.setTooltip(new Tooltip("Add an address to send from"));
        newSenderButton.setOnAction(e -> vm.newIdentity());
        newTemplateButton.setTooltip(new Tooltip("Write a new email in the email templates"));
        newTemplateButton.setOnAction(e -> newTemplate.accept(slug -> templateBox.setValue(slug)));
        templateBox.setOnShowing(e -> vm.refreshCatalog());
        surveyBox.setOnShowing(e -> vm.refreshCatalog());
        senderBox.setOnShowing(e -> vm.refreshCatalog());
        surveyBox.valueProperty().bindBidirectional(vm.surveySlugProperty());
        surveyBox.setOnAction(e -> vm.commitAction());
        senderBox.valueProperty().bindBidirectional(vm.senderProperty());
        senderBox.setOnAction(e -> vm.commitAction());
        senderStatus.textProperty().bind(vm.senderStatusProperty());
        tagField.textProperty().bindBidirectional(vm.tagNameProperty());
        Commits.onCommit(tagField, vm::commitAction, vm::revert);
        stageField.textProperty().bindBidirectional(vm.stageNameProperty());
        Commits.onCommit(stageField, vm::commitAction, vm::revert);
        terminalBox.selectedProperty().bindBidirectional(vm.terminalProperty());
        terminalBox.setOnAction(e -> vm.commitTerminal());
        errorLabel.textProperty().bind(vm.errorProperty());
        ListChangeListener<Object> catalogChanged = c -> fillPickers();
        vm.catalog().templates().addListener(catalogChanged);
        vm.catalog().surveys().addListener(catalogChanged);
        vm.catalog().identities().addListener(catalogChanged);
        fillPickers();
    }

    private void fillPickers() {
        List<String> templates = new ArrayList<>();
        vm.catalog().templates().stream().map(Template::slug).forEach(templates::add);
        refill(templateBox, templates);
        List<String> surveys = new ArrayList<>(List.of(""));
        vm.catalog().surveys().stream().map(Survey::slug).forEach(surveys::add);
        refill(surveyBox, surveys);
        List<String> senders = new ArrayList<>(List.of(""));
        vm.catalog().identities().stream().map(Identity::email).forEach(senders::add);
        refill(senderBox, senders);
    }

    /** Replaces the choices only when they changed, keeping the chosen value (a fresh fetch). */
    private static void refill(ComboBox<String> box, List<String> items) {
        if (box.getItems().equals(items)) {
            return;
        }
        String value = box.getValue();
        box.getItems().setAll(items);
        if (!java.util.Objects.equals(box.getValue(), value)) {
            box.setValue(value);
        }
    }

    /** Shows the form of {@code type}'s fields, if it has any, and hides the others. */
    private void showForm(ActionType type) {
        VBox form =
                type == null
                        ? null
                        : switch (type) {
                            case SEND_EMAIL -> emailForm;
                            case TAG_USER -> tagForm;
                            case ADVANCE_STAGE -> stageForm;
                            case NONE -> null;
                        };
        show(emailForm, form == emailForm);
        show(tagForm, form == tagForm);
        show(stageForm, form == stageForm);
    }

    private static void show(VBox form, boolean on) {
        form.setVisible(on);
        form.setManaged(on);
    }

    public VBox root() {
        return root;
    }
}
