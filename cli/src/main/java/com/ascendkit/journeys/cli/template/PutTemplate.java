package com.ascendkit.journeys.cli.template;

import com.ascendkit.journeys.cli.internal.EngineCommand;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code template put <slug> --subject … --html-file …|--text …}: creates or replaces. */
@Command(
        name = "put",
        description = {
            "Create or replace an email template.",
            "Templates use {{name}}, {{email}}, {{environment}}, {{provider}}, {{surveyLink}} and"
                    + " the environment's and the node's variables."
        })
public final class PutTemplate extends EngineCommand {
    @Parameters(paramLabel = "<slug>", description = "The template's slug (welcome-email).")
    String slug;

    @Option(names = "--subject", required = true, description = "The subject line.")
    String subject;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Html html;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Text text;

    /** The HTML body, inline or from a file. */
    static final class Html {
        @Option(names = "--html-file", paramLabel = "<file>", description = "The HTML body's file.")
        Path file;

        @Option(names = "--html", paramLabel = "<html>", description = "The HTML body.")
        String inline;
    }

    /** The plain-text body, inline or from a file. */
    static final class Text {
        @Option(names = "--text-file", paramLabel = "<file>", description = "The text body's file.")
        Path file;

        @Option(names = "--text", paramLabel = "<text>", description = "The plain-text body.")
        String inline;
    }

    @Override
    protected void execute() {
        throw notWired();
    }
}
