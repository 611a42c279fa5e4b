package com.ascendkit.journeys.cli.service;

import com.ascendkit.journeys.localconfig.LocalDirs;
import com.ascendkit.journeys.localconfig.MissingVariableException;
import com.ascendkit.journeys.localconfig.Platform;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Windows: a Task Scheduler task that starts the engine when the user logs on, created with {@code
 * schtasks /Create /XML} from a definition kept in {@code %APPDATA%\ascendkit}. The XML (rather
 * than {@code /SC ONLOGON /TR …}) is what lifts the scheduler's default 72-hour run limit, which
 * would otherwise stop the engine after three days, and runs it without elevation.
 */
public record WindowsLogonTask(Path definitionFile, String userId) implements ServiceManager {
    public static final String TASK = "AscendKit Journey Engine";

    WindowsLogonTask(Map<String, String> env) {
        this(definitionFile(env), user(env));
    }

    /** Beside the credentials file ({@link LocalDirs#credentialsFile}), in the roaming profile. */
    private static Path definitionFile(Map<String, String> env) {
        try {
            return new LocalDirs(Platform.WINDOWS, env)
                    .credentialsFile()
                    .resolveSibling("journey-engine-task.xml");
        } catch (MissingVariableException e) {
            throw new IllegalStateException(
                    e.getMessage() + ": cannot find where the logon task's definition goes", e);
        }
    }

    @Override
    public String description() {
        return "logon task \"" + TASK + "\"";
    }

    @Override
    public String definition(EngineLaunch launch) {
        String arguments =
                launch.arguments().stream()
                        .map(WindowsLogonTask::quote)
                        .collect(Collectors.joining(" "));
        // with a byte-order mark, as Task Scheduler's own exports
        return "\uFEFF"
                + String.join(
                        "\r\n",
                        "<?xml version=\"1.0\" encoding=\"UTF-16\"?>",
                        "<!-- Written by: ascendkit engine service install."
                                + " Remove with: ascendkit engine service uninstall -->",
                        "<Task version=\"1.2\""
                                + " xmlns=\"http://schemas.microsoft.com/windows/2004/02/mit/task\">",
                        "  <RegistrationInfo>",
                        "    <Description>AscendKit journey engine (Journey Studio)</Description>",
                        "  </RegistrationInfo>",
                        "  <Triggers>",
                        "    <LogonTrigger>",
                        "      <Enabled>true</Enabled>",
                        "      <UserId>" + Xml.escape(userId) + "</UserId>",
                        "    </LogonTrigger>",
                        "  </Triggers>",
                        "  <Principals>",
                        "    <Principal id=\"Author\">",
                        "      <UserId>" + Xml.escape(userId) + "</UserId>",
                        "      <LogonType>InteractiveToken</LogonType>",
                        "      <RunLevel>LeastPrivilege</RunLevel>",
                        "    </Principal>",
                        "  </Principals>",
                        "  <Settings>",
                        "    <MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy>",
                        "    <DisallowStartIfOnBatteries>false</DisallowStartIfOnBatteries>",
                        "    <StopIfGoingOnBatteries>false</StopIfGoingOnBatteries>",
                        "    <ExecutionTimeLimit>PT0S</ExecutionTimeLimit>",
                        "    <RestartOnFailure>",
                        "      <Interval>PT1M</Interval>",
                        "      <Count>3</Count>",
                        "    </RestartOnFailure>",
                        "  </Settings>",
                        "  <Actions Context=\"Author\">",
                        "    <Exec>",
                        "      <Command>" + Xml.escape(launch.program()) + "</Command>",
                        "      <Arguments>" + Xml.escape(arguments) + "</Arguments>",
                        "    </Exec>",
                        "  </Actions>",
                        "</Task>",
                        "");
    }

    /** schtasks reads task XML as UTF-16 (the encoding the XML declaration names). */
    @Override
    public Charset charset() {
        return StandardCharsets.UTF_16LE;
    }

    @Override
    public List<List<String>> activate() {
        return List.of(
                List.of(
                        "schtasks",
                        "/Create",
                        "/TN",
                        TASK,
                        "/XML",
                        definitionFile().toString(),
                        "/F"),
                List.of("schtasks", "/Run", "/TN", TASK));
    }

    @Override
    public List<List<String>> deactivate() {
        return List.of(
                List.of("schtasks", "/End", "/TN", TASK),
                List.of("schtasks", "/Delete", "/TN", TASK, "/F"));
    }

    @Override
    public List<List<String>> afterRemoval() {
        return List.of();
    }

    @Override
    public List<String> query() {
        return List.of("schtasks", "/Query", "/TN", TASK, "/FO", "LIST");
    }

    @Override
    public String state(CommandRunner.Outcome answer) {
        if (!answer.ok()) {
            return "not registered";
        }
        return answer.output()
                .lines()
                .filter(line -> line.startsWith("Status:"))
                .map(line -> line.substring("Status:".length()).strip())
                .findFirst()
                .orElse("registered");
    }

    @Override
    public String unavailableHint() {
        return "schtasks is part of Windows; without it, run the engine with: ascendkit engine"
                + " start";
    }

    /** One argument as CommandLineToArgvW reads it back. */
    static String quote(String arg) {
        if (!arg.isEmpty() && arg.chars().noneMatch(c -> c == ' ' || c == '\t' || c == '"')) {
            return arg;
        }
        StringBuilder quoted = new StringBuilder("\"");
        int backslashes = 0;
        for (char c : arg.toCharArray()) {
            if (c == '\\') {
                backslashes++;
                continue;
            }
            quoted.append("\\".repeat(c == '"' ? backslashes * 2 + 1 : backslashes)).append(c);
            backslashes = 0;
        }
        return quoted.append("\\".repeat(backslashes * 2)).append('"').toString();
    }

    private static String user(Map<String, String> env) {
        String name = require(env, "USERNAME");
        String domain = env.get("USERDOMAIN");
        return domain == null || domain.isBlank() ? name : domain + "\\" + name;
    }

    private static String require(Map<String, String> env, String variable) {
        String value = env.get(variable);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(
                    variable + " is not set: cannot find where the logon task's definition goes");
        }
        return value;
    }
}
