package com.ascendkit.journeys.studio.inspector;

import com.ascendkit.journeys.model.api.Template;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;

/** Shows a template by its subject (what the marketer knows it by) with its slug beside it. */
public final class TemplateCells extends ListCell<String> {
    private final List<Template> templates;

    private TemplateCells(List<Template> templates) {
        this.templates = templates;
    }

    public static void install(ComboBox<String> box, List<Template> templates) {
        box.setCellFactory(list -> new TemplateCells(templates));
        box.setButtonCell(new TemplateCells(templates));
    }

    @Override
    protected void updateItem(String slug, boolean empty) {
        super.updateItem(slug, empty);
        setText(null);
        if (empty || slug == null || slug.isEmpty()) {
            setGraphic(null);
            return;
        }
        String subject =
                templates.stream()
                        .filter(t -> t.slug().equals(slug))
                        .findFirst()
                        .map(Template::subject)
                        .orElse(null);
        Label name = new Label(subject == null ? slug : subject);
        Label detail = new Label(subject == null ? "" : slug);
        detail.getStyleClass().add("hint-text");
        setGraphic(new HBox(8, name, detail));
    }
}
