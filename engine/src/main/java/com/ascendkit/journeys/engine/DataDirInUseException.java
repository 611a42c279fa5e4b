package com.ascendkit.journeys.engine;

import java.nio.file.Path;

/**
 * Another engine process has the embedded database of this data directory open (H2 holds a file
 * lock on it while open).
 */
public final class DataDirInUseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DataDirInUseException(Path dataDir, Throwable cause) {
        super("an engine is already running on " + dataDir.toAbsolutePath(), cause);
    }
}
