package com.ascendkit.journeys.studio.editing;

import com.ascendkit.journeys.model.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Rows of key/value pairs that make a flat map of scalars; blank rows are ignored. */
public final class KeyValueRows {
    private KeyValueRows() {}

    public static ObservableList<KeyValueRow> observable() {
        return FXCollections.observableArrayList(
                row -> new javafx.beans.Observable[] {row.keyProperty(), row.valueProperty()});
    }

    public static void load(ObservableList<KeyValueRow> rows, Map<String, Object> map) {
        List<KeyValueRow> loaded =
                map.entrySet().stream()
                        .map(e -> new KeyValueRow(e.getKey(), ScalarText.format(e.getValue())))
                        .toList();
        rows.setAll(loaded);
    }

    public static Map<String, Object> toMap(String field, List<KeyValueRow> rows) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (KeyValueRow row : rows) {
            String key = row.keyProperty().get().strip();
            String value = row.valueProperty().get();
            if (key.isEmpty() && value.isBlank()) {
                continue;
            }
            if (key.isEmpty()) {
                throw new InvalidInputException(
                        field, "a row of '" + field + "' has the value '" + value + "' but no key");
            }
            if (map.containsKey(key)) {
                throw new InvalidInputException(
                        field, "key '" + key + "' appears twice in '" + field + "'");
            }
            map.put(key, ScalarText.parse(value));
        }
        return map;
    }
}
