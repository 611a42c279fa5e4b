package com.ascendkit.journeys.studio.people;

import com.ascendkit.journeys.studio.Fxml;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The replay bar: first, previous, play / pause, next and last step, the step's number, time and
 * summary, and a close button. Play advances on an FX {@link Timeline}, one step a beat.
 */
public final class ReplayBarView {
    static final Duration BEAT = Duration.millis(900);

    private final VBox root;
    private final Timeline player;
    @FXML private Label who;
    @FXML private Button first;
    @FXML private Button previous;
    @FXML private Button play;
    @FXML private Button next;
    @FXML private Button last;
    @FXML private Label position;
    @FXML private Label step;
    @FXML private Button close;
    @FXML private Label error;

    public ReplayBarView(ReplayViewModel vm) {
        root = Fxml.load(this, "ReplayBar");
        who.textProperty().bind(vm.whoProperty());
        position.textProperty().bind(vm.positionProperty());
        step.textProperty().bind(vm.stepProperty());
        step.tooltipProperty()
                .bind(
                        javafx.beans.binding.Bindings.createObjectBinding(
                                () -> new Tooltip(vm.stepProperty().get()), vm.stepProperty()));
        button(first, Feather.SKIP_BACK, "First step", vm::first);
        button(previous, Feather.CHEVRON_LEFT, "Previous step", vm::previous);
        button(
                play,
                Feather.PLAY,
                "Play the path from here (from the start at the end)",
                vm::togglePlay);
        button(next, Feather.CHEVRON_RIGHT, "Next step", vm::next);
        button(last, Feather.SKIP_FORWARD, "Last step: where the user is now", vm::last);
        button(close, Feather.X, "Leave the replay (Escape)", vm::close);
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        root.visibleProperty().bind(vm.activeProperty().or(vm.errorProperty().isNotEmpty()));
        root.managedProperty().bind(root.visibleProperty());
        player = new Timeline(new KeyFrame(BEAT, e -> vm.tick()));
        player.setCycleCount(Animation.INDEFINITE);
        vm.playingProperty()
                .addListener(
                        (o, was, on) -> {
                            ((FontIcon) play.getGraphic())
                                    .setIconCode(on ? Feather.PAUSE : Feather.PLAY);
                            if (on) {
                                player.playFromStart();
                            } else {
                                player.stop();
                            }
                        });
    }

    private static void button(Button b, Feather icon, String tip, Runnable action) {
        b.setGraphic(new FontIcon(icon));
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
    }

    public VBox root() {
        return root;
    }
}
