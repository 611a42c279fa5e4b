package com.ascendkit.journeys.studio.canvas;

import java.util.Optional;

/**
 * Where copied cards are kept between Copy and Paste, as the JSON of {@link ClipJson}: the system
 * clipboard in the window ({@link SystemClipStore}), so a paste works in another editor window or
 * process; a plain variable in view-model tests.
 */
public interface ClipStore {

    /** Replaces what the store holds with {@code json}. */
    void put(String json);

    /** The text the store holds (any text: it may be something else the user copied). */
    Optional<String> get();

    /** A store of its own, for view-model tests and until a window connects the system's. */
    static ClipStore inMemory() {
        return new ClipStore() {
            private String held;

            @Override
            public void put(String json) {
                held = json;
            }

            @Override
            public Optional<String> get() {
                return Optional.ofNullable(held);
            }
        };
    }
}
