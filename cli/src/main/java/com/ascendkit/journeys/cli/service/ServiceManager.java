package com.ascendkit.journeys.cli.service;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One platform's way to run the engine per user in the background: where its definition file goes,
 * what it says, and the commands that load, unload and query it.
 */
public sealed interface ServiceManager permits SystemdUserUnit, LaunchdAgent, WindowsLogonTask {

    /** The service manager for {@code osName}, locating files from the environment {@code env}. */
    static ServiceManager forPlatform(String osName, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return new WindowsLogonTask(env);
        }
        if (os.startsWith("mac")) {
            return new LaunchdAgent(Path.of(require(env, "HOME")));
        }
        return SystemdUserUnit.of(env);
    }

    /** "systemd user unit journey-engine.service", for messages. */
    String description();

    /** Where the definition is written. */
    Path definitionFile();

    /** The definition's text for {@code launch}. */
    String definition(EngineLaunch launch);

    /** The definition file's encoding. */
    Charset charset();

    /** Run after writing the definition, in order, each only if the one before succeeded. */
    List<List<String>> activate();

    /** Run before deleting the definition; a failure (not loaded) does not stop the removal. */
    List<List<String>> deactivate();

    /** Run after deleting the definition. */
    List<List<String>> afterRemoval();

    /** Asks the manager about the service. */
    List<String> query();

    /** The state the answer to {@link #query()} says ("active", "not loaded"). */
    String state(CommandRunner.Outcome answer);

    /** What to tell the user when the manager cannot be used here. */
    String unavailableHint();

    private static String require(Map<String, String> env, String variable) {
        String value = env.get(variable);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(
                    variable + " is not set: cannot find where the service definition goes");
        }
        return value;
    }
}
