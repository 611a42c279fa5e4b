package com.ascendkit.journeys.studio;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The editor's command line: the journey files to open (what the OS passes when a {@code
 * *.journey.json} is opened with Journey Studio), and options. An argument starting with {@code -}
 * is an option; the editor has none of its own here ({@code --self-test} is {@link Launcher}'s), so
 * each is ignored and logged rather than stopping the start (jpackage and desktops may add some).
 * After {@code --} every argument is a file.
 */
record StartupArguments(List<Path> files, List<String> ignored) {
    StartupArguments {
        files = List.copyOf(files);
        ignored = List.copyOf(ignored);
    }

    static StartupArguments parse(List<String> raw) {
        List<Path> files = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        boolean onlyFiles = false;
        for (String argument : raw) {
            if (!onlyFiles && argument.equals("--")) {
                onlyFiles = true;
            } else if (argument.isBlank() || (!onlyFiles && argument.startsWith("-"))) {
                ignored.add(argument);
            } else {
                try {
                    files.add(Path.of(argument).toAbsolutePath());
                } catch (InvalidPathException e) {
                    ignored.add(argument); // no such file can exist: nothing to import
                }
            }
        }
        return new StartupArguments(files, ignored);
    }
}
