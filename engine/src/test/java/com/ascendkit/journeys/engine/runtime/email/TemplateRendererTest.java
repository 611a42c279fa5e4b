package com.ascendkit.journeys.engine.runtime.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateRendererTest {
    @Test
    void leavesUnknownPlaceholdersAsWritten() {
        assertThat(
                        TemplateRenderer.render(
                                "{{a}} {{ b }} {{c}}", Map.of("a", "1", "b", "2"), false))
                .isEqualTo("1 2 {{c}}");
    }

    @Test
    void escapesValuesOnlyInHtml() {
        Map<String, String> values = Map.of("name", "<b>&\"$1");
        assertThat(TemplateRenderer.render("{{name}}", values, true))
                .isEqualTo("&lt;b&gt;&amp;&quot;$1");
        assertThat(TemplateRenderer.render("{{name}}", values, false)).isEqualTo("<b>&\"$1");
    }
}
