package com.ascendkit.journeys.cli.service;

import com.ascendkit.journeys.localconfig.LocalDirs;
import com.ascendkit.journeys.localconfig.MissingVariableException;
import com.ascendkit.journeys.localconfig.Platform;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Linux: a systemd user unit, {@code ~/.config/systemd/user/journey-engine.service} ({@link
 * LocalDirs#systemdUserUnitDir}), enabled with {@code systemctl --user enable --now}. It starts at
 * the user's first login (and at boot with {@code loginctl enable-linger}), restarts the engine if
 * it fails, and logs to the journal.
 */
public record SystemdUserUnit(Path definitionFile) implements ServiceManager {
    public static final String UNIT = "journey-engine.service";

    static SystemdUserUnit of(Map<String, String> env) {
        Path dir;
        try {
            dir = new LocalDirs(Platform.LINUX, env).systemdUserUnitDir();
        } catch (MissingVariableException e) {
            throw new IllegalStateException(
                    e.getMessage() + ": cannot find where the systemd user unit goes", e);
        }
        return new SystemdUserUnit(dir.resolve(UNIT));
    }

    @Override
    public String description() {
        return "systemd user unit " + UNIT;
    }

    @Override
    public String definition(EngineLaunch launch) {
        String execStart =
                launch.command().stream()
                        .map(SystemdUserUnit::quote)
                        .collect(Collectors.joining(" "));
        return String.join(
                "\n",
                "# Written by: ascendkit engine service install. Remove with: ascendkit engine"
                        + " service uninstall",
                "[Unit]",
                "Description=AscendKit journey engine (Journey Studio)",
                "After=network.target",
                "",
                "[Service]",
                "Type=simple",
                "ExecStart=" + execStart,
                "Restart=on-failure",
                "RestartSec=5",
                "",
                "[Install]",
                "WantedBy=default.target",
                "");
    }

    @Override
    public Charset charset() {
        return StandardCharsets.UTF_8;
    }

    @Override
    public List<List<String>> activate() {
        return List.of(systemctl("daemon-reload"), systemctl("enable", "--now", UNIT));
    }

    @Override
    public List<List<String>> deactivate() {
        return List.of(systemctl("disable", "--now", UNIT));
    }

    @Override
    public List<List<String>> afterRemoval() {
        return List.of(systemctl("daemon-reload"));
    }

    @Override
    public List<String> query() {
        return systemctl("is-active", UNIT);
    }

    @Override
    public String state(CommandRunner.Outcome answer) {
        // is-active prints the state (active, inactive, failed, activating) whatever its exit code
        String state = answer.output().strip();
        return state.isEmpty() || state.contains(" ")
                ? "unknown (" + answer.summary() + ")"
                : state;
    }

    @Override
    public String unavailableHint() {
        return "systemctl --user needs a systemd user session (a desktop login, or loginctl"
                + " enable-linger); without one, run the engine with: ascendkit engine start";
    }

    private static List<String> systemctl(String... args) {
        List<String> command = new ArrayList<>(List.of("systemctl", "--user"));
        command.addAll(List.of(args));
        return command;
    }

    /**
     * One word of ExecStart: systemd splits on spaces unless quoted, reads backslash escapes inside
     * quotes, and expands {@code %} specifiers and {@code $} variables everywhere.
     */
    static String quote(String word) {
        String escaped = word.replace("%", "%%").replace("$", "$$");
        if (!escaped.isEmpty() && escaped.chars().noneMatch(c -> " \t\"'\\;".indexOf(c) >= 0)) {
            return escaped;
        }
        return "\"" + escaped.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
