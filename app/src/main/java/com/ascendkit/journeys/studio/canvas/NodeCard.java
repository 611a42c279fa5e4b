package com.ascendkit.journeys.studio.canvas;

import com.ascendkit.journeys.model.ActionType;
import com.ascendkit.journeys.model.Node;
import com.ascendkit.journeys.model.api.JourneyAnalytics.NodeStats;
import com.ascendkit.journeys.model.api.JourneyFailures.NodeFailures;
import com.ascendkit.journeys.model.topology.Warning;
import com.ascendkit.journeys.studio.live.AnalyticsViewModel;
import com.ascendkit.journeys.studio.live.FailureWords;
import com.ascendkit.journeys.studio.palette.Icons;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.text.Text;
import javafx.util.Duration;

/**
 * A node drawn as a card: a first line with the action's icon and summary and the entry, terminal
 * and warning badges, then the name in bold on up to two lines of its own (so badges never take its
 * room; {@link TitleLines}), and the out-port on the right edge to drag transitions from. Styled by
 * CSS.
 */
final class NodeCard extends StackPane {
    private final String name;
    private final Label title = new Label();
    private final Label summary = new Label();
    private final Label entryBadge = badge("ENTRY", "entry-badge");
    private final Label terminalBadge = badge("END", "terminal-badge");
    private final Label warningBadge = badge("!", "warning-badge");
    private final Label failureBadge = badge("", "failure-badge");
    private final HBox header = new HBox(4);
    private final Tooltip wholeName = new Tooltip();
    private final Circle port = new Circle(6);
    private Node shown;
    private ActionType shownType;
    private final Label stats = new Label();
    private final Region heat = new Region();
    private final Region ring = new Region();
    private final VBox body;
    private TextField editor;
    private Timeline pulsing;
    private final Tooltip timeInNode = new Tooltip();
    private NodeStats shownStats;
    private double shownHeat = -1;
    private Label trailBadge;
    private final Label trailNote = new Label();

    NodeCard(String name) {
        this.name = name;
        setId("card-" + name);
        getStyleClass().add("node-card");
        // drawn once into a bitmap and moved as one while panning: its shadow is costly to draw
        setCache(true);
        setMinSize(CardGeometry.WIDTH, CardGeometry.HEIGHT);
        setPrefSize(CardGeometry.WIDTH, CardGeometry.HEIGHT);
        setMaxSize(CardGeometry.WIDTH, CardGeometry.HEIGHT);
        title.setId("title-" + name);
        title.getStyleClass().add("card-title");
        title.setMaxWidth(TITLE_WIDTH);
        title.setText(name);
        // the font comes with the stylesheet: the lines are measured once it is known
        title.fontProperty().addListener(o -> fitTitle());
        fitTitle();
        summary.getStyleClass().add("card-summary");
        summary.setMinWidth(0);
        summary.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(summary, Priority.ALWAYS);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getChildren().addAll(new Region(), summary, entryBadge, terminalBadge, warningBadge);
        body = new VBox(3, header, title);
        header.getChildren().add(failureBadge);
        body.getStyleClass().add("card-body");
        port.getStyleClass().add("card-port");
        port.setId("port-" + name);
        StackPane.setAlignment(port, Pos.CENTER_RIGHT);
        port.setTranslateX(6);
        stats.getStyleClass().add("card-stats");
        stats.setId("stats-" + name);
        stats.setVisible(false);
        StackPane.setAlignment(stats, Pos.BOTTOM_RIGHT);
        heat.getStyleClass().add("card-heat");
        heat.setMouseTransparent(true);
        heat.setVisible(false);
        ring.getStyleClass().add("card-arrived");
        ring.setMouseTransparent(true);
        ring.setVisible(false);
        getChildren().addAll(heat, ring, body, stats, port);
    }

    /**
     * The analytics overlay: users here now and ever entered, a tint as hot as the share of the
     * busiest node's users that sit here, the median time in the node on hover; null hides it.
     */
    void showAnalytics(NodeStats s, double heatShare) {
        if (Objects.equals(s, shownStats) && heatShare == shownHeat) {
            return;
        }
        shownStats = s;
        shownHeat = heatShare;
        boolean on = s != null;
        stats.setVisible(on);
        heat.setVisible(on && heatShare > 0);
        if (!on) {
            Tooltip.uninstall(this, timeInNode);
            return;
        }
        stats.setText(s.current() + " here · " + s.entered() + " entered");
        heat.setStyle(
                "-fx-background-color: rgba(230, 80, 20, "
                        + String.format(Locale.ROOT, "%.2f", 0.08 + 0.32 * heatShare)
                        + "); -fx-background-radius: 8;");
        timeInNode.setText(
                "Median time in node: "
                        + AnalyticsViewModel.duration(s.medianSecondsInNode())
                        + " (average "
                        + AnalyticsViewModel.duration(s.avgSecondsInNode())
                        + ")");
        Tooltip.install(this, timeInNode);
    }

    /** The room for the name: the card less its padding (.card-body in studio.css). */
    static final double TITLE_WIDTH = CardGeometry.WIDTH - 26;

    private void fitTitle() {
        Text probe = new Text();
        probe.setFont(title.getFont());
        TitleLines lines =
                TitleLines.fit(
                        name,
                        s -> {
                            probe.setText(s);
                            return probe.getLayoutBounds().getWidth();
                        },
                        TITLE_WIDTH - 2);
        title.setText(lines.text());
        if (lines.shortened()) {
            wholeName.setText(name);
            title.setTooltip(wholeName);
        } else {
            title.setTooltip(null);
        }
    }

    /** How long a card that just appeared is pointed out. */
    static final Duration PULSE = Duration.seconds(2);

    /**
     * Points the card out: an outline that pulses twice and fades, over {@link #PULSE} (the FX
     * animation's clock, no timer of our own). The card carries the style class "arrived" while it
     * runs.
     */
    void pulse() {
        if (pulsing != null) {
            pulsing.stop();
        }
        ring.setVisible(true);
        setStyle(getStyleClass(), "arrived", true);
        pulsing =
                new Timeline(
                        new KeyFrame(Duration.ZERO, new KeyValue(ring.opacityProperty(), 1)),
                        new KeyFrame(
                                Duration.millis(500), new KeyValue(ring.opacityProperty(), 0.3)),
                        new KeyFrame(
                                Duration.millis(1000), new KeyValue(ring.opacityProperty(), 1)),
                        new KeyFrame(
                                Duration.millis(1500), new KeyValue(ring.opacityProperty(), 0.3)),
                        new KeyFrame(PULSE, new KeyValue(ring.opacityProperty(), 0)));
        pulsing.setOnFinished(
                e -> {
                    ring.setVisible(false);
                    setStyle(getStyleClass(), "arrived", false);
                });
        pulsing.play();
    }

    Label title() {
        return title;
    }

    boolean isEditing() {
        return editor != null && editor.getParent() != null;
    }

    /**
     * Opens the name for typing in place of the title, all of it selected. Enter gives the text to
     * {@code commit}, which answers null when done or why the name cannot be used (the field stays
     * open, marked); Escape, or the focus leaving, closes it; {@code onClose} then runs.
     */
    void editName(Function<String, String> commit, Runnable onClose) {
        if (isEditing()) {
            return;
        }
        TextField field = new TextField(name); // a new one each time: no listeners left over
        field.setId("name-editor-" + name);
        field.getStyleClass().add("card-name-editor");
        editor = field;
        Runnable close =
                () -> {
                    if (field.getParent() != null) {
                        body.getChildren().set(1, title);
                        onClose.run();
                    }
                };
        field.setOnKeyPressed(
                e -> {
                    if (e.getCode() == KeyCode.ENTER) {
                        e.consume();
                        if (commit.apply(field.getText()) == null) {
                            close.run();
                        } else {
                            setStyle(field.getStyleClass(), "invalid", true);
                        }
                    } else if (e.getCode() == KeyCode.ESCAPE) {
                        e.consume();
                        close.run();
                    }
                });
        field.focusedProperty()
                .addListener(
                        (o, was, is) -> {
                            if (!is) {
                                close.run();
                            }
                        });
        body.getChildren().set(1, field);
        field.requestFocus();
        field.selectAll();
    }

    String statsText() {
        return stats.isVisible() ? stats.getText() : null;
    }

    String timeInNodeText() {
        return timeInNode.getText();
    }

    String name() {
        return name;
    }

    Circle port() {
        return port;
    }

    /** Shows the node; cheap when nothing changed. */
    void show(Node node, boolean entry) {
        if (!node.equals(shown)) {
            ActionType type = node.action().type();
            if (type != shownType) {
                header.getChildren().set(0, Icons.forAction(type));
                getStyleClass().removeIf(c -> c.startsWith("action-"));
                getStyleClass().add("action-" + type.wireName().replace('_', '-'));
                shownType = type;
            }
            String text = node.action().summary();
            summary.setText(
                    !text.isEmpty()
                            ? text
                            : node.terminal() && type == ActionType.NONE
                                    ? "End of the journey"
                                    : Icons.label(type));
            terminalBadge.setVisible(node.terminal());
            terminalBadge.setManaged(node.terminal());
            shown = node;
        }
        entryBadge.setVisible(entry);
        entryBadge.setManaged(entry);
    }

    void showWarnings(List<Warning> warnings) {
        boolean any = warnings != null && !warnings.isEmpty();
        warningBadge.setVisible(any);
        warningBadge.setManaged(any);
        boolean alarm = any && warnings.stream().anyMatch(w -> !w.suppressed());
        setStyle(getStyleClass(), "has-alarm", alarm);
        setStyle(getStyleClass(), "has-hint", any && !alarm);
        setStyle(warningBadge.getStyleClass(), "hint", any && !alarm);
        if (any) {
            warningBadge.setTooltip(
                    new Tooltip(
                            warnings.stream()
                                    .map(Warning::message)
                                    .collect(Collectors.joining("\n"))));
        }
    }

    /** The users whose action failed here, "✕ 3", and why on hover; null (nobody) hides it. */
    void showFailures(NodeFailures failures) {
        boolean any = failures != null && failures.users() > 0;
        failureBadge.setVisible(any);
        failureBadge.setManaged(any);
        if (any) {
            if (failureBadge.getTooltip() == null) {
                failureBadge.setId("failures-" + name);
                failureBadge.setMinWidth(Region.USE_PREF_SIZE); // the count never shrinks to "…"
                failureBadge.setTooltip(new Tooltip());
            }
            failureBadge.setText(FailureWords.badge(failures));
            failureBadge.getTooltip().setText(FailureWords.reasons(failures));
        }
    }

    /**
     * Clicking the "N here" count gives {@code false} to {@code open}, the failure badge {@code
     * true} (the people panel lists those users); the press is the count's, not a drag.
     */
    void onCountClicked(java.util.function.Consumer<Boolean> open) {
        countLink(stats, () -> open.accept(false));
        countLink(failureBadge, () -> open.accept(true));
    }

    private static void countLink(Label count, Runnable open) {
        count.getStyleClass().add("count-link");
        count.setOnMousePressed(javafx.scene.input.MouseEvent::consume);
        count.setOnMouseClicked(
                e -> {
                    e.consume();
                    open.run();
                });
    }

    /**
     * A replay's trail on this card: {@code visit} ("1, 3 · 10:02:13") when the user has been here,
     * null when not; {@code current} marks where the user is at this point of the replay, with
     * {@code note} (the waiting timer's due time) above the card.
     */
    void showTrail(String visit, boolean current, String note) {
        if (visit == null && trailBadge == null) {
            return;
        }
        if (trailBadge == null) {
            trailBadge = new Label();
            trailBadge.getStyleClass().addAll("badge", "trail-badge");
            trailBadge.setMouseTransparent(true);
            trailBadge.setId("trail-" + name);
            trailNote.getStyleClass().add("trail-note");
            trailNote.setId("trail-note-" + name);
            trailNote.setMouseTransparent(true);
            trailNote.setGraphic(
                    new org.kordamp.ikonli.javafx.FontIcon(
                            org.kordamp.ikonli.feather.Feather.CLOCK));
            StackPane.setAlignment(trailBadge, Pos.BOTTOM_LEFT);
            StackPane.setAlignment(trailNote, Pos.TOP_LEFT);
            trailBadge.setTranslateX(8);
            trailBadge.setTranslateY(-6);
            trailNote.setTranslateY(-26);
            getChildren().addAll(trailBadge, trailNote);
        }
        trailBadge.setText(visit == null ? "" : visit);
        trailBadge.setVisible(visit != null);
        trailNote.setText(note == null ? "" : note);
        trailNote.setVisible(current && note != null);
        setStyle(getStyleClass(), "visited", visit != null);
        setStyle(getStyleClass(), "replay-current", current);
    }

    void setSelected(boolean selected) {
        setStyle(getStyleClass(), "selected", selected);
    }

    static void setStyle(List<String> classes, String name, boolean on) {
        if (on && !classes.contains(name)) {
            classes.add(name);
        } else if (!on) {
            classes.remove(name);
        }
    }

    private static Label badge(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().addAll("badge", style);
        l.setMinWidth(Region.USE_PREF_SIZE); // the summary gives way, never a badge
        l.setVisible(false);
        l.setManaged(false);
        return l;
    }
}
