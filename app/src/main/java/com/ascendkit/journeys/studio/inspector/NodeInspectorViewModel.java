package com.ascendkit.journeys.studio.inspector;

import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.ActionType;
import com.ascendkit.journeys.model.InvalidInputException;
import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.Names;
import com.ascendkit.journeys.model.Node;
import com.ascendkit.journeys.model.api.JourneyFailures.NodeFailures;
import com.ascendkit.journeys.model.topology.References;
import com.ascendkit.journeys.studio.dialogs.Dialogs;
import com.ascendkit.journeys.studio.editing.Selection;
import com.ascendkit.journeys.studio.editing.SelectionModel;
import com.ascendkit.journeys.studio.live.FailureWords;
import com.ascendkit.journeys.studio.live.FailuresViewModel;
import com.ascendkit.journeys.studio.sync.EngineCall;
import com.ascendkit.journeys.studio.sync.EnvironmentCatalog;
import com.ascendkit.journeys.studio.sync.Failed;
import com.ascendkit.journeys.studio.sync.JourneySession;
import com.ascendkit.journeys.studio.sync.UpdateNodeCommand;
import com.ascendkit.journeys.studio.text.StepNames;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The inspector of one node: its name (rename), its action with a form per type, and whether it is
 * terminal. Each commit is one command; invalid input is reported in words and not sent.
 */
public final class NodeInspectorViewModel {
    private final JourneySession session;
    private final SelectionModel selection;
    private final EnvironmentCatalog catalog;
    private final Dialogs dialogs;
    private String node;
    private boolean loading;

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<ActionType> actionType =
            new SimpleObjectProperty<>(this, "actionType", ActionType.NONE);
    private final StringProperty templateSlug = new SimpleStringProperty(this, "templateSlug", "");
    private final StringProperty surveySlug = new SimpleStringProperty(this, "surveySlug", "");
    private final StringProperty sender = new SimpleStringProperty(this, "sender", "");
    private final StringProperty tagName = new SimpleStringProperty(this, "tagName", "");
    private final StringProperty stageName = new SimpleStringProperty(this, "stageName", "");
    private final BooleanProperty terminal = new SimpleBooleanProperty(this, "terminal");
    private final ReadOnlyBooleanWrapper entry = new ReadOnlyBooleanWrapper(this, "entry");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper senderStatus =
            new ReadOnlyStringWrapper(this, "senderStatus", "");
    private final ReadOnlyStringWrapper templateHint =
            new ReadOnlyStringWrapper(this, "templateHint", "");
    private final ReadOnlyStringWrapper failures = new ReadOnlyStringWrapper(this, "failures", "");
    private FailuresViewModel failuresSource;

    public NodeInspectorViewModel(
            JourneySession session,
            SelectionModel selection,
            EnvironmentCatalog catalog,
            Dialogs dialogs) {
        this.session = session;
        this.dialogs = dialogs;
        this.selection = selection;
        this.catalog = catalog;
        sender.addListener((o, a, b) -> senderStatus.set(describeSender(b)));
        templateSlug.addListener((o, a, b) -> templateHint.set(describeTemplate(b)));
        catalog.revisionProperty()
                .addListener(
                        (o, a, b) -> {
                            senderStatus.set(describeSender(sender.get()));
                            templateHint.set(describeTemplate(templateSlug.get()));
                        });
        templateHint.set(describeTemplate(""));
    }

    /** Fills the fields from {@code journey}'s node {@code nodeName}. */
    public void load(Journey journey, String nodeName) {
        Node n = journey.nodes().get(nodeName);
        if (n == null) {
            return;
        }
        loading = true;
        node = nodeName;
        name.set(nodeName);
        entry.set(nodeName.equals(journey.entryNode()));
        terminal.set(n.terminal());
        Action a = n.action();
        templateSlug.set(a instanceof Action.SendEmail s ? s.templateSlug() : "");
        surveySlug.set(
                a instanceof Action.SendEmail s && s.surveySlug() != null ? s.surveySlug() : "");
        sender.set(
                a instanceof Action.SendEmail s && s.fromIdentityEmail() != null
                        ? s.fromIdentityEmail()
                        : "");
        tagName.set(a instanceof Action.TagUser t ? t.tagName() : "");
        stageName.set(a instanceof Action.AdvanceStage s ? s.stageName() : "");
        actionType.set(a.type());
        error.set("");
        failures.set(describeFailures());
        loading = false;
    }

    /** Says, from {@code source} and as it changes, why users failed at the step shown. */
    public void followFailures(FailuresViewModel source) {
        failuresSource = source;
        source.failuresProperty().addListener((o, a, b) -> failures.set(describeFailures()));
    }

    private String describeFailures() {
        NodeFailures f =
                failuresSource == null || node == null
                        ? null
                        : failuresSource.failuresProperty().get().nodes().get(node);
        return f == null ? "" : FailureWords.reasons(f);
    }

    /** Why users failed at this step, one reason a line ("3 users have no email address"). */
    public ReadOnlyStringProperty failuresProperty() {
        return failures.getReadOnlyProperty();
    }

    /** Renames the node when the name changed and is valid. */
    public void commitName() {
        if (loading) {
            return;
        }
        Journey j = journey();
        String newName = name.get().strip();
        if (j == null || node == null || newName.equals(node)) {
            return;
        }
        if (!Names.isNodeName(newName)) {
            error.set(StepNames.problem(newName));
            return;
        }
        if (j.nodes().containsKey(newName)) {
            error.set("There is already a step called '" + newName + "'");
            return;
        }
        error.set("");
        session.submit(UpdateNodeCommand.rename(j, node, newName));
        node = newName;
        selection.select(Selection.node(newName));
    }

    /** Sends the action the form describes, when it differs from the node's. */
    public void commitAction() {
        if (loading) {
            return;
        }
        Journey j = journey();
        if (j == null || node == null || !j.nodes().containsKey(node)) {
            return;
        }
        if (awaitsInput()) {
            error.set(""); // nothing to send until it is chosen or typed: the form asks for it
            return;
        }
        Action action;
        try {
            action = buildAction();
        } catch (InvalidInputException e) {
            error.set(e.getMessage());
            return;
        }
        error.set("");
        if (!action.equals(j.nodes().get(node).action())) {
            session.submit(UpdateNodeCommand.action(j, node, action));
        }
    }

    public void commitTerminal() {
        if (loading) {
            return;
        }
        Journey j = journey();
        if (j == null || node == null || !j.nodes().containsKey(node)) {
            return;
        }
        if (j.nodes().get(node).terminal() != terminal.get()) {
            session.submit(UpdateNodeCommand.terminal(j, node, terminal.get()));
        }
    }

    Action buildAction() {
        return switch (actionType.get()) {
            case SEND_EMAIL -> {
                Action.SendEmail old =
                        journey().nodes().get(node).action() instanceof Action.SendEmail s
                                ? s
                                : null;
                yield new Action.SendEmail(
                        blankToNull(templateSlug.get()),
                        blankToNull(surveySlug.get()),
                        blankToNull(sender.get()),
                        old == null ? null : old.variables());
            }
            case TAG_USER -> new Action.TagUser(required(tagName.get(), "Type the tag to give"));
            case ADVANCE_STAGE ->
                    new Action.AdvanceStage(required(stageName.get(), "Type the lifecycle stage"));
            case NONE -> Action.none();
        };
    }

    /**
     * The survey picker's "New…": asks for a survey, stores it, and links this step to it once the
     * engine has it.
     */
    public void newSurvey() {
        dialogs.askNewSurvey()
                .ifPresent(
                        s ->
                                createThen(
                                        engine -> engine.putSurvey(s).slug(),
                                        surveySlug,
                                        "Could not add the survey: "));
    }

    /**
     * The sender picker's "New…": asks for an address, adds it as a sender identity (unverified
     * until an operator verifies it, as the status line then says) and sends this step from it.
     */
    public void newIdentity() {
        dialogs.askNewIdentity()
                .ifPresent(
                        i ->
                                createThen(
                                        engine ->
                                                engine.createIdentity(i.email(), i.name()).email(),
                                        sender,
                                        "Could not add the sender: "));
    }

    private void createThen(EngineCall<String> create, StringProperty field, String failed) {
        String forNode = node;
        session.read(
                create,
                made -> {
                    catalog.refresh();
                    if (forNode != null && forNode.equals(node)) {
                        field.set(made);
                        commitAction();
                    }
                },
                Failed.shownIn(error::set, failed));
    }

    /** Fetches the environment's templates, surveys and identities again (a picker opens). */
    public void refreshCatalog() {
        catalog.refresh();
    }

    private String describeTemplate(String slug) {
        if (slug == null || slug.isBlank() || slug.equals(EnvironmentCatalog.CHOOSE_TEMPLATE)) {
            return "Choose the email this step sends";
        }
        return catalog.templates().stream()
                .filter(t -> t.slug().equals(slug.strip()))
                .findFirst()
                .map(t -> "Subject: " + t.subject())
                .orElse("There is no email '" + slug + "' here: choose the email this step sends");
    }

    private String describeSender(String email) {
        if (email == null || email.isBlank()) {
            return "Sent from the environment's default sender";
        }
        References.IdentityStatus status = catalog.identity(email.strip());
        return switch (status) {
            case VERIFIED -> "Verified sender";
            case UNVERIFIED -> "Not verified yet: mail will not go out from this address";
            case MISSING -> "Unknown identity: add it under sender identities";
        };
    }

    private boolean awaitsInput() {
        return switch (actionType.get()) {
            case SEND_EMAIL -> blankToNull(templateSlug.get()) == null;
            case TAG_USER -> blankToNull(tagName.get()) == null;
            case ADVANCE_STAGE -> blankToNull(stageName.get()) == null;
            case NONE -> false;
        };
    }

    /** A tag or stage: the model's checks, with a marketer's words when it is missing. */
    private static String required(String text, String ask) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text", ask);
        }
        if (text.strip().length() > 100) {
            throw new InvalidInputException("text", "Use at most 100 characters");
        }
        return text.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * Escape in a field: puts back the node's stored values when the form differs from them; false
     * when there was nothing to put back (Escape then leaves the inspector).
     */
    public boolean revert() {
        Journey j = journey();
        if (j == null || node == null || !j.nodes().containsKey(node)) {
            return false;
        }
        String typedName = name.get();
        String typedTag = tagName.get();
        String typedStage = stageName.get();
        boolean hadError = !error.get().isEmpty();
        load(j, node);
        return hadError
                || !java.util.Objects.equals(typedName, name.get())
                || !java.util.Objects.equals(typedTag, tagName.get())
                || !java.util.Objects.equals(typedStage, stageName.get());
    }

    private Journey journey() {
        return session.journeyProperty().get();
    }

    public String node() {
        return node;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<ActionType> actionTypeProperty() {
        return actionType;
    }

    public StringProperty templateSlugProperty() {
        return templateSlug;
    }

    public StringProperty surveySlugProperty() {
        return surveySlug;
    }

    public StringProperty senderProperty() {
        return sender;
    }

    public StringProperty tagNameProperty() {
        return tagName;
    }

    public StringProperty stageNameProperty() {
        return stageName;
    }

    public BooleanProperty terminalProperty() {
        return terminal;
    }

    public ReadOnlyBooleanProperty entryProperty() {
        return entry.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Under the template picker: the chosen email's subject, or what to do. */
    public ReadOnlyStringProperty templateHintProperty() {
        return templateHint.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty senderStatusProperty() {
        return senderStatus.getReadOnlyProperty();
    }

    public EnvironmentCatalog catalog() {
        return catalog;
    }
}
