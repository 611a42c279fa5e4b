package com.ascendkit.journeys.engine.local;

import com.ascendkit.journeys.localconfig.LocalDirs;
import com.ascendkit.journeys.localconfig.MissingVariableException;
import com.ascendkit.journeys.localconfig.Platform;
import com.ascendkit.journeys.localconfig.Relocation;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where a local engine keeps its data and where it writes the credentials file: {@link
 * LocalDirs#engineDataDir} and {@link LocalDirs#credentialsFile}, the platform's conventions read
 * from environment variables (not {@code user.home}, so that tests and sandboxes can redirect
 * them). On Windows the data moved from {@code %APPDATA%} to {@code %LOCALAPPDATA%}: an existing
 * database in the old place is used where it is. {@code JOURNEYS_DATA_DIR} overrides the data
 * directory.
 */
public record AppDirs(Path dataDir, Path credentialsFile) {
    public static final String DATA_DIR_VARIABLE = "JOURNEYS_DATA_DIR";

    /** The file that marks a data directory as one an engine has used (H2's database). */
    static final String DATABASE_FILE = "journeys.mv.db";

    /** The directories of this process's platform and environment. */
    public static AppDirs detect() {
        return of(System.getProperty("os.name", ""), System.getenv());
    }

    /** The directories for {@code osName} with the environment variables {@code env}. */
    public static AppDirs of(String osName, Map<String, String> env) {
        LocalDirs dirs = new LocalDirs(Platform.of(osName), env);
        Path data;
        Path credentials;
        try {
            credentials = dirs.credentialsFile();
            data =
                    Relocation.stayIfOnlyThere(
                            dirs.engineDataDir(), dirs.previousEngineDataDir(), DATABASE_FILE);
        } catch (MissingVariableException e) {
            throw new IllegalStateException(
                    e.getMessage() + ": cannot find the default directories; pass --data", e);
        }
        String override = env.get(DATA_DIR_VARIABLE);
        if (override != null && !override.isBlank()) {
            data = Path.of(override);
        }
        return new AppDirs(data, credentials);
    }

    /** The same, with another data directory (the launcher's {@code --data}). */
    public AppDirs withDataDir(Path newDataDir) {
        return new AppDirs(newDataDir, credentialsFile);
    }

    /** The same, with another credentials file (the launcher's {@code --credentials}). */
    public AppDirs withCredentialsFile(Path newFile) {
        return new AppDirs(dataDir, newFile);
    }
}
