package com.ascendkit.journeys.studio.people;

import com.ascendkit.journeys.client.people.JourneyUser;
import com.ascendkit.journeys.client.people.JourneyUserPage.FailureReason;
import com.ascendkit.journeys.studio.Fxml;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The people panel: binds {@link PeopleViewModel} (the list, its filter and reasons, paging when
 * the list is scrolled to its end) and {@link UserSearchViewModel} (the search box).
 */
public final class PeopleView {
    /** Each row is two lines: one height for all, so the list stays virtual and cheap. */
    private static final double ROW_HEIGHT = 56;

    private final VBox root;
    private final PeopleViewModel vm;
    @FXML private Label title;
    @FXML private Button close;
    @FXML private TextField search;
    @FXML private Label searchMessage;
    @FXML private FlowPane reasonBox;
    @FXML private TextField filter;
    @FXML private ListView<JourneyUser> list;
    @FXML private Label status;
    @FXML private Button more;

    public PeopleView(PeopleViewModel vm, UserSearchViewModel finder) {
        this.vm = vm;
        root = Fxml.load(this, "People");
        title.textProperty().bind(vm.titleProperty());
        close.setGraphic(new FontIcon(Feather.X));
        close.setTooltip(new Tooltip("Close the people panel"));
        close.setOnAction(e -> vm.close());
        search.textProperty().bindBidirectional(finder.queryProperty());
        search.setOnAction(e -> finder.search());
        searchMessage.textProperty().bind(finder.messageProperty());
        searchMessage.visibleProperty().bind(finder.messageProperty().isNotEmpty());
        searchMessage.managedProperty().bind(searchMessage.visibleProperty());
        filter.textProperty().bindBidirectional(vm.filterProperty());
        list.setItems(vm.users());
        list.setFixedCellSize(ROW_HEIGHT);
        list.setCellFactory(l -> new PersonCell());
        list.setPlaceholder(new Label(""));
        list.setOnKeyPressed(
                e -> {
                    if (e.getCode() == KeyCode.ENTER) {
                        vm.choose(list.getSelectionModel().getSelectedItem());
                        e.consume();
                    }
                });
        status.textProperty().bind(vm.statusProperty());
        more.visibleProperty().bind(vm.moreProperty());
        more.managedProperty().bind(vm.moreProperty());
        more.disableProperty().bind(vm.loadingProperty());
        more.setOnAction(e -> vm.loadMore());
        vm.reasons()
                .addListener(
                        (javafx.collections.ListChangeListener<FailureReason>) c -> showReasons());
        vm.reasonProperty().addListener(o -> showReasons());
        reasonBox.visibleProperty().bind(Bindings.isNotEmpty(reasonBox.getChildren()));
        reasonBox.managedProperty().bind(reasonBox.visibleProperty());
    }

    public VBox root() {
        return root;
    }

    /** Puts the keys in the search box (the toolbar's People button). */
    public void focusSearch() {
        search.requestFocus();
    }

    /** The failed users by reason: "All · 5", "no email address · 3", …; one chosen at a time. */
    private void showReasons() {
        ToggleGroup group = new ToggleGroup();
        reasonBox.getChildren().clear();
        if (vm.reasons().isEmpty()) {
            return;
        }
        long all = vm.reasons().stream().mapToLong(FailureReason::users).sum();
        reasonBox.getChildren().add(reasonToggle(group, "All · " + all, null, "people-reason-all"));
        int i = 0;
        for (FailureReason r : vm.reasons()) {
            reasonBox
                    .getChildren()
                    .add(
                            reasonToggle(
                                    group,
                                    r.reason() + " · " + r.users(),
                                    r.reason(),
                                    "people-reason-" + i++));
        }
    }

    private ToggleButton reasonToggle(ToggleGroup group, String text, String reason, String id) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.getStyleClass().addAll("small", "reason-chip");
        b.setMnemonicParsing(false);
        b.setToggleGroup(group);
        b.setSelected(java.util.Objects.equals(reason, vm.reasonProperty().get()));
        b.setOnAction(e -> vm.reasonProperty().set(b.isSelected() ? reason : null));
        return b;
    }

    /** Who, how long in the step, and what last happened; asks for the next page at the end. */
    private final class PersonCell extends ListCell<JourneyUser> {
        private final Label who = new Label();
        private final Label time = new Label();
        private final Label last = new Label();
        private final VBox lines = new VBox(1, who, time, last);

        PersonCell() {
            setPrefWidth(0); // the list's width: long lines end in "…"
            who.getStyleClass().add("person-who");
            time.getStyleClass().add("hint-text");
            last.getStyleClass().add("hint-text");
            setOnMouseClicked(
                    e -> {
                        if (!isEmpty()) {
                            vm.choose(getItem());
                        }
                    });
        }

        @Override
        protected void updateItem(JourneyUser u, boolean empty) {
            super.updateItem(u, empty);
            if (empty || u == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            PersonWords words = vm.words();
            who.setText(words.who(u));
            time.setText(words.time(u));
            last.setText(words.last(u));
            setTooltip(new Tooltip(u.userId() + "\n" + words.last(u)));
            setGraphic(lines);
            if (getIndex() == getListView().getItems().size() - 1) {
                vm.loadMore();
            }
        }
    }
}
