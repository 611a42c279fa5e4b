package com.ascendkit.journeys.studio;

import com.ascendkit.journeys.studio.background.BackgroundServiceView;
import com.ascendkit.journeys.studio.background.ServiceOfferView;
import com.ascendkit.journeys.studio.canvas.CanvasView;
import com.ascendkit.journeys.studio.canvas.JourneyImage;
import com.ascendkit.journeys.studio.canvas.MinimapView;
import com.ascendkit.journeys.studio.canvas.Viewport;
import com.ascendkit.journeys.studio.connection.ConnectionBannerView;
import com.ascendkit.journeys.studio.help.CanvasPng;
import com.ascendkit.journeys.studio.help.ShortcutHelpView;
import com.ascendkit.journeys.studio.inspector.InspectorView;
import com.ascendkit.journeys.studio.journeys.JourneyListView;
import com.ascendkit.journeys.studio.lifecycle.LifecycleView;
import com.ascendkit.journeys.studio.live.AnalyticsViewModel;
import com.ascendkit.journeys.studio.palette.PaletteView;
import com.ascendkit.journeys.studio.people.PeopleDock;
import com.ascendkit.journeys.studio.sync.Failed;
import com.ascendkit.journeys.studio.sync.Notice;
import com.ascendkit.journeys.studio.templates.TemplatesView;
import com.ascendkit.journeys.studio.text.Words;
import com.ascendkit.journeys.studio.warnings.WarningsView;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The window's layout: journey list, toolbar, palette, canvas, inspector and warnings. */
public final class MainView {
    private final BorderPane root;
    private final CanvasView canvasView;
    private final ShortcutHelpView help = new ShortcutHelpView();
    private final Studio studio;
    private TemplatesView templates;
    @FXML private StackPane listSlot;
    @FXML private HBox lifecycleSlot;
    @FXML private VBox bannerSlot;
    @FXML private StackPane paletteSlot;
    @FXML private StackPane canvasSlot;
    @FXML private VBox sideSlot;
    @FXML private Label journeyTitle;
    @FXML private Label savingLabel;
    @FXML private Label engineLabel;
    @FXML private Label noticeLabel;
    @FXML private HBox noticeBar;
    @FXML private Button dismissNotice;
    @FXML private Button zoomOut;
    @FXML private Button zoomIn;
    @FXML private Button fit;
    @FXML private Label zoomLabel;
    @FXML private ToggleButton journeysToggle;
    @FXML private ToggleButton inspectorToggle;
    @FXML private javafx.scene.control.ScrollPane sideScroll;

    public MainView(Studio studio) {
        this(studio, null, null);
    }

    /**
     * {@code connectRemote}: File → Connect to remote engine (disabled when null); {@code quit}:
     * File → Quit, the same as closing the window (disabled when null).
     */
    public MainView(Studio studio, Runnable connectRemote, Runnable quit) {
        this.studio = studio;
        root = Fxml.load(this, "Main");
        canvasView = new CanvasView(studio.canvas(), studio.warnings().badgesProperty());
        listSlot.getChildren().add(new JourneyListView(studio.journeys()).root());
        lifecycleSlot.getChildren().add(new LifecycleView(studio.lifecycle()).root());
        bannerSlot.getChildren().add(0, new ServiceOfferView(studio.background()).root());
        bannerSlot.getChildren().add(0, new ConnectionBannerView(studio.reachability()).root());
        BackgroundServiceView background =
                new BackgroundServiceView(studio.background(), () -> root.getScene().getWindow());
        bannerSlot
                .getChildren()
                .add(
                        0,
                        StudioMenus.create(
                                studio,
                                root,
                                scale -> exportPng(studio, scale),
                                help::toggle,
                                connectRemote,
                                background::show,
                                quit,
                                () -> templates().show(root.getScene().getWindow())));
        addAnalyticsControls(studio.analytics());
        studio.settings().themeProperty().addListener((o, a, b) -> StudioTheme.use(b));
        paletteSlot.getChildren().add(new PaletteView(canvasView).root());
        MinimapView minimap =
                new MinimapView(
                        studio.canvas(),
                        studio.settings().minimapProperty(),
                        canvasView.root().widthProperty());
        canvasView.addBelowPopups(minimap.root());
        PeopleDock people =
                new PeopleDock(
                        studio.people(),
                        studio.userSearch(),
                        studio.replay(),
                        studio.failures(),
                        canvasView,
                        studio.canvas());
        canvasSlot.getChildren().addAll(canvasView.root(), people.root(), help.root());
        people.leaveReplayOnEscape(canvasSlot);
        addPeopleControls(people);
        VBox inspector =
                new InspectorView(
                                studio.inspector(),
                                (owner, created) -> templates().openNew(owner, created))
                        .root();
        sideSlot.getChildren().addAll(inspector, new WarningsView(studio.warnings()).root());
        Panels.journeyList(
                journeysToggle,
                listSlot,
                studio.settings().journeyListProperty(),
                studio.session().journeyProperty(),
                () -> root.getScene() == null ? root.getWidth() : root.getScene().getWidth(),
                studio.journeys()::refresh);
        Panels.inspector(inspectorToggle, sideScroll, studio.settings().inspectorProperty());
        // Enter on a selected card edits it in the inspector (shown if collapsed); Escape there
        // goes back to the canvas
        canvasView.setOnOpen(
                () -> {
                    studio.settings().inspectorProperty().set(true);
                    Focus.first(inspector);
                });
        inspector.addEventHandler(
                KeyEvent.KEY_PRESSED,
                e -> {
                    if (e.getCode() == KeyCode.ESCAPE) {
                        canvasView.root().requestFocus();
                        e.consume();
                    }
                });
        engineLabel.setText(studio.engineDescription());
        journeyTitle
                .textProperty()
                .bind(
                        Bindings.createStringBinding(
                                () -> {
                                    var j = studio.session().journeyProperty().get();
                                    return j == null ? "Journey Studio" : j.name();
                                },
                                studio.session().journeyProperty()));
        savingLabel
                .textProperty()
                .bind(
                        Bindings.createStringBinding(
                                () -> {
                                    int n = studio.session().unsavedProperty().get();
                                    return n == 0
                                            ? "All changes saved"
                                            : "Saving " + Words.count(n, "change") + "…";
                                },
                                studio.session().unsavedProperty()));
        studio.session().noticeProperty().addListener((o, a, b) -> showNotice(b));
        noticeBar.setVisible(false);
        noticeBar.setManaged(false);
        dismissNotice.setOnAction(e -> showNotice(null));
        dismissNotice.setTooltip(new Tooltip("Dismiss this message"));
        Viewport vp = studio.canvas().viewport();
        zoomOut.setOnAction(e -> vp.zoomBy(1 / 1.2));
        zoomIn.setOnAction(e -> vp.zoomBy(1.2));
        fit.setOnAction(e -> studio.canvas().framing().fitToView());
        zoomLabel
                .textProperty()
                .bind(
                        Bindings.createStringBinding(
                                () -> Math.round(vp.zoomProperty().get() * 100) + " %",
                                vp.zoomProperty()));
        studio.session()
                .journeyProperty() // the shown one: set after the server's, fit reads it
                .addListener(
                        (o, a, b) -> {
                            if (b != null && (a == null || !a.id().equals(b.id()))) {
                                studio.canvas().framing().fitToView();
                            }
                        });
    }

    /**
     * The Templates window, made on first use (its FXML is not loaded at start-up). The send_email
     * step's "New template…" opens it with {@link TemplatesView#openNew}.
     */
    public TemplatesView templates() {
        if (templates == null) {
            templates = new TemplatesView(studio.templates());
        }
        return templates;
    }

    /**
     * Saves the whole journey as a PNG where the user says, at {@code scale} (1 or 2), encoded in
     * the background.
     */
    private void exportPng(Studio studio, int scale) {
        var j = studio.session().journeyProperty().get();
        if (j == null) {
            studio.session().tell(Notice.info("Open a journey to export it as a picture."));
            return;
        }
        studio.dialogs()
                .askPngFile(CanvasPng.fileName(j.name()) + ".png")
                .ifPresent(file -> writePng(studio, canvasView.picture(scale), file));
    }

    private static void writePng(Studio studio, JourneyImage.Picture picture, Path file) {
        BufferedImage pixels = CanvasPng.pixels(picture.image());
        String size =
                pixels.getWidth()
                        + "×"
                        + pixels.getHeight()
                        + " px"
                        + (picture.reduced()
                                ? ", scaled down to fit " + JourneyImage.MAX_SIDE + " px a side"
                                : "");
        studio.session()
                .work(
                        () -> {
                            CanvasPng.write(pixels, file);
                            return file;
                        },
                        f ->
                                studio.session()
                                        .tell(
                                                Notice.info(
                                                        "Saved a picture of the journey to "
                                                                + f
                                                                + " ("
                                                                + size
                                                                + ")")),
                        Failed.saying("Could not save a picture of the journey to " + file + ": "));
    }

    /** The overlay's toolbar toggle and the stats strip (shown while the overlay is on). */
    private void addAnalyticsControls(AnalyticsViewModel analytics) {
        ToggleButton toggle = new ToggleButton("Analytics");
        toggle.setId("analytics-toggle");
        toggle.getStyleClass().add("flat");
        toggle.setMinWidth(Region.USE_PREF_SIZE);
        toggle.setTooltip(new Tooltip("Users per node, conversion per arrow (Ctrl+Shift+A)"));
        toggle.selectedProperty().bindBidirectional(analytics.shownProperty());
        Label strip = new Label();
        strip.setId("stats-strip");
        strip.getStyleClass().add("stats-strip");
        strip.textProperty()
                .bind(
                        Bindings.createStringBinding(
                                () -> {
                                    var a = analytics.analyticsProperty().get();
                                    return a == null ? "" : AnalyticsViewModel.strip(a);
                                },
                                analytics.analyticsProperty()));
        strip.visibleProperty().bind(analytics.shownProperty());
        strip.managedProperty().bind(analytics.shownProperty());
        HBox statusBar = (HBox) engineLabel.getParent();
        statusBar.getChildren().add(statusBar.getChildren().indexOf(savingLabel) + 1, strip);
        HBox toolbar = (HBox) zoomOut.getParent();
        toolbar.getChildren().add(toolbar.getChildren().indexOf(zoomOut), toggle);
    }

    /** The people panel's toolbar toggle, and the failed users' link after the stats strip. */
    private void addPeopleControls(PeopleDock people) {
        HBox statusBar = (HBox) engineLabel.getParent();
        statusBar
                .getChildren()
                .add(statusBar.getChildren().indexOf(savingLabel) + 1, people.failedLink());
        HBox toolbar = (HBox) zoomOut.getParent();
        toolbar.getChildren().add(toolbar.getChildren().indexOf(zoomOut), people.toggle());
    }

    private void showNotice(Notice notice) {
        boolean on = notice != null;
        noticeBar.setVisible(on);
        noticeBar.setManaged(on);
        noticeBar.getStyleClass().removeIf(c -> c.startsWith("notice-"));
        if (on) {
            noticeLabel.setText(notice.text());
            noticeBar
                    .getStyleClass()
                    .add("notice-" + notice.severity().name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    public BorderPane root() {
        return root;
    }

    public CanvasView canvas() {
        return canvasView;
    }
}
