package com.ascendkit.journeys.studio.people;

import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.model.api.JourneyFailures;
import com.ascendkit.journeys.studio.canvas.CanvasView;
import com.ascendkit.journeys.studio.canvas.CanvasViewModel;
import com.ascendkit.journeys.studio.canvas.CardGeometry;
import com.ascendkit.journeys.studio.canvas.Viewport;
import com.ascendkit.journeys.studio.live.FailuresViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.LongBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * Puts the people panel and the replay bar over the canvas (the panel at its right edge, the bar at
 * its foot; the canvas stays clickable around them) and wires them to it: a card's counts open the
 * panel, the replay's trail is lit on the cards and kept in view, Escape leaves the replay. Adds
 * the toolbar's People toggle and the status bar's failed-users link.
 */
public final class PeopleDock {
    private final BorderPane root = new BorderPane();
    private final ToggleButton toggle = new ToggleButton();
    private final Hyperlink failedLink = new Hyperlink();
    private final ReplayViewModel replay;

    public PeopleDock(
            PeopleViewModel people,
            UserSearchViewModel finder,
            ReplayViewModel replay,
            FailuresViewModel failures,
            CanvasView canvas,
            CanvasViewModel canvasModel) {
        PeopleView panel = new PeopleView(people, finder);
        ReplayBarView bar = new ReplayBarView(replay);
        Region list = panel.root();
        list.setMaxWidth(Region.USE_PREF_SIZE);
        list.visibleProperty().bind(people.shownProperty());
        list.managedProperty().bind(people.shownProperty());
        BorderPane.setMargin(list, new Insets(8));
        StackPane foot = new StackPane(bar.root());
        foot.setPickOnBounds(false);
        StackPane.setAlignment(bar.root(), Pos.BOTTOM_CENTER);
        StackPane.setMargin(bar.root(), new Insets(8));
        bar.root().setMaxHeight(Region.USE_PREF_SIZE);
        root.setCenter(foot);
        root.setRight(list);
        root.setPickOnBounds(false);
        canvas.showTrail(replay.trailProperty());
        canvas.setOnCountClicked(
                (node, failed) ->
                        people.open(failed ? PeopleScope.failedAt(node) : PeopleScope.here(node)));
        replay.trailProperty().addListener((o, a, b) -> keepInView(canvasModel, b.current()));
        this.replay = replay;
        // an icon: the toolbar has no room left for a word at 1024 pixels
        toggle.setGraphic(
                new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.feather.Feather.USERS));
        toggle.setAccessibleText("People");
        toggle.setId("people-toggle");
        toggle.getStyleClass().add("flat");
        toggle.setMinWidth(Region.USE_PREF_SIZE);
        toggle.setMnemonicParsing(false);
        toggle.setTooltip(
                new Tooltip("People: find a user and replay their path, list the users of a step"));
        toggle.selectedProperty().bindBidirectional(people.shownProperty());
        people.shownProperty()
                .addListener(
                        (o, a, on) -> {
                            if (on) {
                                panel.focusSearch();
                            }
                        });
        LongBinding failedUsers =
                Bindings.createLongBinding(
                        () -> total(failures.failuresProperty().get()),
                        failures.failuresProperty());
        failedLink.setId("failed-users-link");
        failedLink.getStyleClass().add("failed-link");
        failedLink.setMinWidth(Region.USE_PREF_SIZE);
        failedLink.textProperty().bind(Bindings.concat("✕ ", failedUsers, " failed"));
        failedLink.visibleProperty().bind(failedUsers.greaterThan(0));
        failedLink.managedProperty().bind(failedLink.visibleProperty());
        failedLink.setTooltip(new Tooltip("List the failed users, by reason"));
        failedLink.setOnAction(
                e -> {
                    failedLink.setVisited(false);
                    people.open(PeopleScope.allFailed());
                });
    }

    /**
     * Escape anywhere in {@code area} (the canvas and this layer) leaves a replay, before the
     * canvas clears its selection with it.
     */
    public void leaveReplayOnEscape(javafx.scene.Node area) {
        area.addEventFilter(
                KeyEvent.KEY_PRESSED,
                e -> {
                    if (e.getCode() == KeyCode.ESCAPE && replay.activeProperty().get()) {
                        replay.close();
                        e.consume();
                    }
                });
    }

    private static long total(JourneyFailures f) {
        return f.nodes().values().stream().mapToLong(JourneyFailures.NodeFailures::users).sum();
    }

    /** Pans so that the replay's current card is in view, when it is not. */
    private static void keepInView(CanvasViewModel canvas, String node) {
        Journey j = canvas.journeyProperty().get();
        if (node == null || j == null || !j.nodes().containsKey(node)) {
            return;
        }
        Viewport vp = canvas.viewport();
        Position p = CardGeometry.positionOf(j, node);
        double x1 = vp.toScreenX(p.x());
        double y1 = vp.toScreenY(p.y());
        double x2 = vp.toScreenX(p.x() + CardGeometry.WIDTH);
        double y2 = vp.toScreenY(p.y() + CardGeometry.HEIGHT);
        if (x1 < 0 || y1 < 0 || x2 > vp.widthProperty().get() || y2 > vp.heightProperty().get()) {
            vp.centerOn(p.x() + CardGeometry.WIDTH / 2, p.y() + CardGeometry.HEIGHT / 2);
        }
    }

    /** The layer over the canvas. */
    public BorderPane root() {
        return root;
    }

    /** The toolbar's People toggle. */
    public ToggleButton toggle() {
        return toggle;
    }

    /** The status bar's "✕ N failed" link, shown while some users failed. */
    public Hyperlink failedLink() {
        return failedLink;
    }
}
