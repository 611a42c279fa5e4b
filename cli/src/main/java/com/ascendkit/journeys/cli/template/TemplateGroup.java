package com.ascendkit.journeys.cli.template;

import com.ascendkit.journeys.cli.internal.CommandGroup;
import picocli.CommandLine.Command;

/** {@code ascendkit template …}: the email templates send_email nodes use. */
@Command(name = "template", description = "Email templates that send_email nodes send.")
public final class TemplateGroup extends CommandGroup {}
