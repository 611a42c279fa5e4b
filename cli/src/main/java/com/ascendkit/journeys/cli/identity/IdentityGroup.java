package com.ascendkit.journeys.cli.identity;

import com.ascendkit.journeys.cli.internal.CommandGroup;
import picocli.CommandLine.Command;

/** {@code ascendkit identity …}: sender identities ({@code --email-id}). */
@Command(name = "identity", description = "Sender identities for send_email nodes (--email-id).")
public final class IdentityGroup extends CommandGroup {}
