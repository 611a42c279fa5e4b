package com.ascendkit.journeys.cli.engine;

import com.ascendkit.journeys.engine.EngineMain;
import java.nio.file.Path;

/**
 * An engine started in this JVM on a free port, as {@code engine start} does, for the hidden {@code
 * aot-training} command: it returns once the engine answers and the credentials file is written,
 * and the engine's shutdown hook stops it when the JVM exits.
 */
public final class ThrowAwayEngine {
    private ThrowAwayEngine() {}

    public static void start(Path data) {
        EngineMain.main(new String[] {"--port", "0", "--data", data.toString()});
    }
}
