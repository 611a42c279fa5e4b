package com.ascendkit.journeys.cli.service;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * macOS: a launchd agent, {@code ~/Library/LaunchAgents/com.ascendkit.journeys.engine.plist},
 * loaded with {@code launchctl load -w}: it runs at login, is restarted if it exits, and logs to
 * {@code ~/Library/Logs/Journey Studio/engine.log}.
 */
public record LaunchdAgent(Path home) implements ServiceManager {
    public static final String LABEL = "com.ascendkit.journeys.engine";

    @Override
    public String description() {
        return "launchd agent " + LABEL;
    }

    @Override
    public Path definitionFile() {
        return home.resolve("Library").resolve("LaunchAgents").resolve(LABEL + ".plist");
    }

    /** Where the agent's output goes. */
    public Path logFile() {
        return home.resolve("Library")
                .resolve("Logs")
                .resolve("Journey Studio")
                .resolve("engine.log");
    }

    @Override
    public String definition(EngineLaunch launch) {
        String arguments =
                launch.command().stream()
                        .map(word -> "    <string>" + Xml.escape(word) + "</string>")
                        .collect(Collectors.joining("\n"));
        return String.join(
                "\n",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\""
                        + " \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">",
                "<!-- Written by: ascendkit engine service install."
                        + " Remove with: ascendkit engine service uninstall -->",
                "<plist version=\"1.0\">",
                "<dict>",
                "  <key>Label</key>",
                "  <string>" + LABEL + "</string>",
                "  <key>ProgramArguments</key>",
                "  <array>",
                arguments,
                "  </array>",
                "  <key>RunAtLoad</key>",
                "  <true/>",
                "  <key>KeepAlive</key>",
                "  <dict>",
                "    <key>SuccessfulExit</key>",
                "    <false/>",
                "  </dict>",
                "  <key>ProcessType</key>",
                "  <string>Background</string>",
                "  <key>StandardOutPath</key>",
                "  <string>" + Xml.escape(logFile().toString()) + "</string>",
                "  <key>StandardErrorPath</key>",
                "  <string>" + Xml.escape(logFile().toString()) + "</string>",
                "</dict>",
                "</plist>",
                "");
    }

    @Override
    public Charset charset() {
        return StandardCharsets.UTF_8;
    }

    /** launchd does not create the log's directory: {@link EngineService} makes it first. */
    @Override
    public List<List<String>> activate() {
        return List.of(List.of("launchctl", "load", "-w", definitionFile().toString()));
    }

    @Override
    public List<List<String>> deactivate() {
        return List.of(List.of("launchctl", "unload", "-w", definitionFile().toString()));
    }

    @Override
    public List<List<String>> afterRemoval() {
        return List.of();
    }

    @Override
    public List<String> query() {
        return List.of("launchctl", "list", LABEL);
    }

    @Override
    public String state(CommandRunner.Outcome answer) {
        if (!answer.ok()) {
            return "not loaded";
        }
        // launchctl list <label> prints a plist-like dictionary with "PID" = n; while it runs
        return answer.output().contains("\"PID\"") ? "running" : "loaded, not running";
    }

    @Override
    public String unavailableHint() {
        return "launchctl is part of macOS; without it, run the engine with: ascendkit engine"
                + " start";
    }
}
