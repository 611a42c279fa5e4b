package com.ascendkit.journeys.cli.user;

import com.ascendkit.journeys.cli.internal.CommandGroup;
import picocli.CommandLine.Command;

/** {@code ascendkit user …}. */
@Command(name = "user", description = "Users as journeys see them: show, set, list, delete.")
public final class UserGroup extends CommandGroup {}
