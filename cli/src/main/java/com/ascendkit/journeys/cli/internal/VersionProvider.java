package com.ascendkit.journeys.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code ascendkit --version}: the version Maven filtered into {@code version.properties}. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {
            "ascendkit " + version(),
            "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"
        };
    }

    /** The CLI's version, {@code 0.1.0-SNAPSHOT}. */
    public String version() {
        Properties props = new Properties();
        try (InputStream in =
                VersionProvider.class.getResourceAsStream(
                        "/com/ascendkit/journeys/cli/version.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return props.getProperty("version", "(unknown version)");
    }
}
