package com.ascendkit.journeys.cli.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WindowsLogonTaskTest {
    private final WindowsLogonTask task =
            (WindowsLogonTask)
                    ServiceManager.forPlatform(
                            "Windows 11",
                            Map.of(
                                    "APPDATA",
                                    "/C/Users/ada/AppData/Roaming",
                                    "USERNAME",
                                    "ada",
                                    "USERDOMAIN",
                                    "ACME"));

    @Test
    void keepsItsDefinitionNextToTheCredentials() {
        assertThat(task.definitionFile())
                .isEqualTo(
                        Path.of("/C/Users/ada/AppData/Roaming/ascendkit/journey-engine-task.xml"));
    }

    @Test
    void startsAtThisUsersLogonWithoutTimeLimit() {
        String xml =
                task.definition(
                        EngineLaunch.of(
                                List.of("C:\\Program Files\\Journey Studio\\ascendkit.exe"),
                                8765,
                                null));

        assertThat(xml)
                .startsWith("\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?>\r\n")
                .contains(
                        "<LogonTrigger>\r\n      <Enabled>true</Enabled>\r\n"
                                + "      <UserId>ACME\\ada</UserId>")
                .contains("<LogonType>InteractiveToken</LogonType>")
                .contains("<RunLevel>LeastPrivilege</RunLevel>")
                .contains("<ExecutionTimeLimit>PT0S</ExecutionTimeLimit>")
                .contains(
                        "<Command>C:\\Program Files\\Journey Studio\\ascendkit.exe</Command>\r\n"
                                + "      <Arguments>engine start --port 8765</Arguments>");
    }

    @Test
    void quotesArgumentsAsWindowsSplitsThem() {
        assertThat(WindowsLogonTask.quote("plain")).isEqualTo("plain");
        assertThat(WindowsLogonTask.quote("C:\\My Data\\")).isEqualTo("\"C:\\My Data\\\\\"");
        assertThat(WindowsLogonTask.quote("say \"hi\"")).isEqualTo("\"say \\\"hi\\\"\"");
        assertThat(WindowsLogonTask.quote("")).isEqualTo("\"\"");
    }

    @Test
    void registersTheDefinitionWithSchtasksAndRunsIt() {
        String file = task.definitionFile().toString();

        assertThat(task.activate())
                .containsExactly(
                        List.of(
                                "schtasks",
                                "/Create",
                                "/TN",
                                "AscendKit Journey Engine",
                                "/XML",
                                file,
                                "/F"),
                        List.of("schtasks", "/Run", "/TN", "AscendKit Journey Engine"));
        assertThat(task.deactivate())
                .containsExactly(
                        List.of("schtasks", "/End", "/TN", "AscendKit Journey Engine"),
                        List.of("schtasks", "/Delete", "/TN", "AscendKit Journey Engine", "/F"));
        assertThat(
                        task.state(
                                new CommandRunner.Outcome(
                                        0,
                                        "TaskName: \\AscendKit Journey Engine\r\nStatus: Running\r\n")))
                .isEqualTo("Running");
    }
}
