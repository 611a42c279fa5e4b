package com.ascendkit.journeys.studio.canvas;

import java.util.Map;
import java.util.Optional;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;

/**
 * The system clipboard as a {@link ClipStore}: copied cards go there both under their own data
 * format ({@link #FRAGMENT}) and as plain text (the same JSON), so another editor window or process
 * pastes them, and a text editor shows what was copied. A paste prefers the own format and falls
 * back to text that is a fragment. Used on the FX thread only (the clipboard's rule).
 */
final class SystemClipStore implements ClipStore {
    /** The fragment's own format on the clipboard (a MIME type, as GTK and macOS expect). */
    static final DataFormat FRAGMENT = fragmentFormat();

    @Override
    public void put(String json) {
        Clipboard.getSystemClipboard()
                .setContent(Map.of(FRAGMENT, json, DataFormat.PLAIN_TEXT, json));
    }

    @Override
    public Optional<String> get() {
        Clipboard system = Clipboard.getSystemClipboard();
        if (system.hasContent(FRAGMENT) && system.getContent(FRAGMENT) instanceof String s) {
            return Optional.of(s);
        }
        return Optional.ofNullable(system.getString());
    }

    /** A DataFormat may be made once per JVM; a second window's store finds the first one's. */
    private static DataFormat fragmentFormat() {
        DataFormat known = DataFormat.lookupMimeType(ClipJson.MIME_TYPE);
        return known != null ? known : new DataFormat(ClipJson.MIME_TYPE);
    }
}
