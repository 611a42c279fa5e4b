package com.ascendkit.journeys.studio.templates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void keepsParagraphsListsAndLinkAddressesAndDecodesEntities() {
        String html =
                "<html><head><style>p{color:red}</style></head><body>"
                        + "<h1>Welcome, Ada</h1><p>Tom &amp; Jerry&#39;s <b>club</b>:<br>join us</p>"
                        + "<ul><li>one</li><li>two</li></ul>"
                        + "<p><a href=\"https://example.com/start\">Start here</a></p></body></html>";

        assertThat(HtmlText.of(html))
                .isEqualTo(
                        "Welcome, Ada\n\nTom & Jerry's club:\njoin us\n\n• one\n• two\n\n"
                                + "Start here (https://example.com/start)");
    }
}
