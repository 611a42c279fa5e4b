package com.ascendkit.journeys.studio.connection.keys;

import java.util.Optional;

/** Where remote engines' secret keys are kept: the OS keychain or a file only the user can read. */
interface KeyBackend {
    void put(String engineUrl, String key);

    Optional<String> get(String engineUrl);

    void remove(String engineUrl);

    /** Where, in words, for the dialog ("the OS keychain", "~/.config/…/remote-keys"). */
    String where();
}
