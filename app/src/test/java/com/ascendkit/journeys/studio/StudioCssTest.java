package com.ascendkit.journeys.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The editor's stylesheet scales with one base font size. */
class StudioCssTest {

    private static String css() throws IOException {
        try (InputStream in = StudioCssTest.class.getResourceAsStream("/css/studio.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyFontSizeButTheBaseIsInEm() throws IOException {
        Matcher m =
                Pattern.compile("([^{}]*)\\{[^}]*-fx-font-size:\\s*([0-9.]+)([a-z%]*)")
                        .matcher(css());
        int base = 0;
        while (m.find()) {
            String selector = m.group(1).strip();
            if (selector.endsWith(".studio")) {
                base++;
                continue;
            }
            assertThat(m.group(3)).as("font size of " + selector).isEqualTo("em");
        }
        assertThat(base).as("the .studio base size").isEqualTo(1);
    }
}
