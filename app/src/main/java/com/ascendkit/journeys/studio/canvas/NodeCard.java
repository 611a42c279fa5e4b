package com.ascendkit.journeys.studio.canvas;

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
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/**
 * A node drawn as a card: icon and name, the action's summary, entry and terminal badges, a warning
 * badge, and the out-port on the right edge to drag transitions from. Styled by CSS.
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
    private final Circle port = new Circle(6);
    private Node shown;
    private String shownType;
    private final Label stats = new Label();
    private final Region heat = new Region();
    private final Tooltip timeInNode = new Tooltip();
    private NodeStats shownStats;
    private double shownHeat = -1;

    NodeCard(String name) {
        this.name = name;
        setId("card-" + name);
        getStyleClass().add("node-card");
        // drawn once into a bitmap and moved as one while panning: its shadow is costly to draw
        setCache(true);
        setMinSize(CardGeometry.WIDTH, CardGeometry.HEIGHT);
        setPrefSize(CardGeometry.WIDTH, CardGeometry.HEIGHT);
        setMaxSize(CardGeometry.WIDTH, CardGeometry.HEIGHT);
        title.setText(name);
        title.getStyleClass().add("card-title");
        summary.getStyleClass().add("card-summary");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getChildren().addAll(title, spacer, entryBadge, terminalBadge, warningBadge);
        header.getChildren().add(failureBadge);
        VBox body = new VBox(4, header, summary);
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
        getChildren().addAll(heat, body, stats, port);
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
            String type = node.action().typeName();
            if (!type.equals(shownType)) {
                header.getChildren().remove(0);
                header.getChildren().add(0, Icons.forAction(type));
                header.getChildren().remove(title);
                header.getChildren().add(1, title);
                getStyleClass().removeIf(c -> c.startsWith("action-"));
                getStyleClass().add("action-" + type.replace('_', '-'));
                shownType = type;
            }
            String text = node.action().summary();
            summary.setText(text.isEmpty() ? Icons.label(type) : text);
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
        l.setVisible(false);
        l.setManaged(false);
        return l;
    }
}
