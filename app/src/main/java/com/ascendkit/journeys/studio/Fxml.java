package com.ascendkit.journeys.studio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads a view's FXML ({@code /fxml/<Name>.fxml}) with the view itself as controller, as JabRef's
 * views do: the FXML lays out, the view binds.
 */
public final class Fxml {
    private Fxml() {}

    public static <T extends Parent> T load(Object view, String name) {
        URL url = Fxml.class.getResource("/fxml/" + name + ".fxml");
        if (url == null) {
            throw new IllegalStateException("missing FXML resource /fxml/" + name + ".fxml");
        }
        FXMLLoader loader = new FXMLLoader(url);
        loader.setController(view);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load /fxml/" + name + ".fxml", e);
        }
    }
}
