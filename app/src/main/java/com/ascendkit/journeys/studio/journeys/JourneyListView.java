package com.ascendkit.journeys.studio.journeys;

import com.ascendkit.journeys.model.JourneyStatus;
import com.ascendkit.journeys.model.api.JourneySummary;
import com.ascendkit.journeys.studio.Fxml;
import com.ascendkit.journeys.studio.text.Words;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The journey list: search, status filter, new, delete, open on click. */
public final class JourneyListView {
    private final VBox root;
    @FXML private TextField searchField;
    @FXML private ComboBox<JourneyStatus> statusBox;
    @FXML private ListView<JourneySummary> journeyList;
    @FXML private Button newButton;
    @FXML private Button deleteButton;

    public JourneyListView(JourneyListViewModel vm) {
        root = Fxml.load(this, "JourneyList");
        searchField.textProperty().bindBidirectional(vm.searchProperty());
        List<JourneyStatus> statuses = new ArrayList<>();
        statuses.add(null);
        statuses.addAll(Arrays.asList(JourneyStatus.values()));
        statusBox.getItems().setAll(statuses);
        statusBox.setConverter(
                new StringConverter<>() {
                    @Override
                    public String toString(JourneyStatus s) {
                        return s == null ? "All statuses" : capital(s.wireName());
                    }

                    @Override
                    public JourneyStatus fromString(String s) {
                        return null;
                    }
                });
        statusBox.valueProperty().bindBidirectional(vm.statusFilterProperty());
        journeyList.setItems(vm.journeys());
        journeyList.setCellFactory(l -> new SummaryCell());
        journeyList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.open(b));
        newButton.setOnAction(e -> vm.create());
        deleteButton
                .disableProperty()
                .bind(journeyList.getSelectionModel().selectedItemProperty().isNull());
        deleteButton.setOnAction(e -> vm.remove(journeyList.getSelectionModel().getSelectedItem()));
    }

    private static String capital(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    public VBox root() {
        return root;
    }

    private static final class SummaryCell extends ListCell<JourneySummary> {
        @Override
        protected void updateItem(JourneySummary s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setText(null);
                return;
            }
            setText(
                    s.name()
                            + "\n"
                            + capital(s.status().wireName())
                            + " · on "
                            + s.entryEvent()
                            + " · "
                            + Words.count(s.nodeCount(), "step"));
        }
    }
}
