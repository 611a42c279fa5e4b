package com.ascendkit.journeys.cli.template;

import com.ascendkit.journeys.cli.internal.EngineCommand;
import com.ascendkit.journeys.model.api.SavedTemplate;
import com.ascendkit.journeys.model.api.Template;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
            "Templates are Liquid: {{ name | default: \"there\" }}, {%% if provider %%}…{%% endif %%}."
                    + " They use {{name}}, {{email}}, {{environment}}, {{provider}},"
                    + " {{surveyLink}} and the environment's and the node's variables."
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
    protected void execute() throws IOException {
        String htmlBody = html == null ? null : body(html.file, html.inline);
        String textBody = text == null ? null : body(text.file, text.inline);
        if (htmlBody == null && textBody == null) {
            throw usage("A template needs a body: give --html-file, --html, --text-file or --text");
        }
        SavedTemplate saved =
                client().templates().save(new Template(slug, subject, htmlBody, textBody));
        Template t = saved.template();
        out().println("Saved template " + t.slug() + " \"" + t.subject() + "\"");
        // Saved all the same: a variable nothing provides prints nothing, which is seldom meant.
        saved.warnings().forEach(w -> err().println("Warning: " + w));
    }

    private String body(Path file, String inline) throws IOException {
        if (file == null) {
            return inline;
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw usage("No such file: " + file);
        }
    }
}
