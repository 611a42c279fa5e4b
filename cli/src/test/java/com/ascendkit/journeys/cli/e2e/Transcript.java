package com.ascendkit.journeys.cli.e2e;

import com.ascendkit.journeys.cli.CliTesting;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a sequence of commands printed, for a golden file: each command as a shell would show it,
 * its exit code, stdout and stderr. Journey ids are random, so each is shown by the label the
 * scenario gave it ({@code jrn_onboarding}).
 */
final class Transcript {
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_./:=@-]+");

    private final StringBuilder text = new StringBuilder();
    private final Map<String, String> labels = new LinkedHashMap<>();

    /**
     * Shows {@code id} as {@code jrn_<label>} from now on, the label padded with {@code _} to the
     * twelve characters of an id so that tables keep their alignment.
     */
    void label(String id, String label) {
        labels.put(id, "jrn_" + label + "_".repeat(Math.max(0, 12 - label.length())));
    }

    void add(String heading, List<String> args, CliTesting.Result result) {
        text.append("### ").append(heading).append('\n');
        text.append("$ ascendkit");
        for (String arg : args) {
            text.append(' ').append(quote(normalize(arg)));
        }
        text.append('\n').append("exit ").append(result.exitCode()).append('\n');
        section("stdout", result.out());
        section("stderr", result.err());
        text.append('\n');
    }

    String normalize(String s) {
        String out = s;
        for (Map.Entry<String, String> e : labels.entrySet()) {
            out = out.replace(e.getKey(), e.getValue());
        }
        return out;
    }

    private void section(String name, String content) {
        if (!content.isEmpty()) {
            text.append("--- ").append(name).append('\n').append(normalize(content));
            if (!content.endsWith("\n")) {
                text.append("\n(no newline at end)\n");
            }
        }
    }

    private static String quote(String arg) {
        Matcher m = SAFE.matcher(arg);
        return m.matches() ? arg : "'" + arg.replace("'", "'\\''") + "'";
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
