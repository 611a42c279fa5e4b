package com.ascendkit.journeys.cli.service;

import com.ascendkit.journeys.cli.internal.CommandGroup;
import picocli.CommandLine.Command;

/** {@code ascendkit engine service …}: the engine as a per-user background service. */
@Command(
        name = "service",
        description = {
            "Run the engine in the background for this user, at every login: a systemd user unit"
                    + " (Linux), a launchd agent (macOS) or a logon task (Windows)."
        })
public final class ServiceGroup extends CommandGroup {}
