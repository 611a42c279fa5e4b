package com.ascendkit.journeys.engine.runtime.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TemplateRendererTest {
    private static final Map<String, String> ADA = Map.of("name", "Ada", "plan", "pro");

    @Test
    void fillsPlaceholdersWrittenForTheOldRendererAsBefore() {
        Map<String, String> values =
                Map.of("a", "1", "b", "2", "app.name", "Acme", "support-email", "s@acme.example");

        assertThat(
                        TemplateRenderer.render(
                                "{{a}} {{ b }}{{a}} {{app.name}} {{ support-email }}",
                                values,
                                false))
                .isEqualTo("1 21 Acme s@acme.example");
    }

    @Test
    void printsNothingForAVariableWithoutAValue() {
        assertThat(TemplateRenderer.render("[{{typo}}] [{{ c }}]", ADA, false)).isEqualTo("[] []");
    }

    @Test
    void treatsAMissingProfileFieldAsNil() {
        Map<String, String> values = new HashMap<>();
        values.put("provider", null);

        String rendered =
                TemplateRenderer.render(
                        "Hi {{ name | default: \"there\" }}, {% if provider %}via {{ provider"
                                + " }}{% else %}by email{% endif %}",
                        values, false);

        assertThat(rendered).isEqualTo("Hi there, by email");
    }

    @Test
    void escapesValuesOnlyInHtml() {
        Map<String, String> values = Map.of("name", "<b>&\"'$1");
        assertThat(TemplateRenderer.render("{{name}}", values, true))
                .isEqualTo("&lt;b&gt;&amp;&quot;&#39;$1");
        assertThat(TemplateRenderer.render("{{name}}", values, false)).isEqualTo("<b>&\"'$1");
    }

    @Test
    void escapesWhatFiltersMakeOfAValueInHtml() {
        assertThat(
                        TemplateRenderer.render(
                                "{{ name | upcase | append: \"<i>\" }}",
                                Map.of("name", "<b>"),
                                true))
                .isEqualTo("&lt;B&gt;&lt;i&gt;");
    }

    @Test
    void escapesOnceWhenTheTemplateAsksForEscape() {
        assertThat(TemplateRenderer.render("{{ name | escape }}", Map.of("name", "<b>"), true))
                .isEqualTo("&lt;b&gt;");
    }

    @Test
    void keepsTheTemplatesOwnMarkupAndFindsOutputsAfterWideCharacters() {
        String html = "<p>🎉 {{ '}}' }} <b>{{name}}</b></p>{% raw %}{{name}}{% endraw %}";

        assertThat(TemplateRenderer.render(html, Map.of("name", "A&B"), true))
                .isEqualTo("<p>🎉 }} <b>A&amp;B</b></p>{{name}}");
    }

    @Test
    void stopsALoopThatWouldNeverEndInAnEmail() {
        assertThatThrownBy(
                        () ->
                                TemplateRenderer.render(
                                        "{% for i in (1..100000000) %}x{% endfor %}", ADA, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Dear customer, this is a long paragraph. {% if name %}Hello {{ name }}, a long"
                        + " line of text here{% else %}Hello stranger, long text{% endif %} and"
                        + " more text after it.",
                "{% case plan %}   \n   {% when 'pro' %}You are on the professional plan, thanks!"
                        + "{% else %}You are on some other plan, thanks!{% endcase %}",
                "{% capture intro %}A captured introduction, long enough{% endcapture %}"
                        + "{{ intro | upcase }} and then {% for i in (1..3) %}item number {{ i }},"
                        + " {% endfor %}",
                "{% raw %}A raw {{ name }} block of some length{% endraw %}{% comment %}a long"
                        + " comment that says nothing{% endcomment %} — 🎉 emoji before {{ name }}"
                        + " and text after the emoji 🎉🎉",
                "Hello    \n    {{- name -}}    \n    and the text that follows the name",
                "{% assign greeting = 'Good morning, dear reader' %}{{ greeting }}"
            })
    void rendersLiteralTextExactlyAsLiquidDoes(String template) {
        Map<String, Object> values = Map.of("name", "Ada", "plan", "pro");
        String liquid =
                new liqp.TemplateParser.Builder()
                        .build()
                        .parse(template)
                        .renderUnguarded(new HashMap<>(values));

        assertThat(TemplateRenderer.render(template, values, false)).isEqualTo(liquid);
    }

    @Test
    void escapesValuesButNotLongLiteralMarkupInHtml() {
        String html =
                "<table><tr><td class=\"greeting\">Hello {{ name }},</td></tr>"
                        + "<tr><td>{% if plan %}<b>Your plan: {{ plan }}</b>{% endif %}</td></tr></table>";

        assertThat(TemplateRenderer.render(html, Map.of("name", "A<B", "plan", "x&y"), true))
                .isEqualTo(
                        "<table><tr><td class=\"greeting\">Hello A&lt;B,</td></tr>"
                                + "<tr><td><b>Your plan: x&amp;y</b></td></tr></table>");
    }

    @Test
    void reportsTheLineAndColumnOfASyntaxError() {
        assertThatThrownBy(() -> TemplateRenderer.check("Hello\n  {{ name | }}"))
                .isInstanceOfSatisfying(
                        TemplateSyntaxException.class,
                        e -> {
                            assertThat(e.line()).isEqualTo(2);
                            assertThat(e.column()).isEqualTo(3);
                            assertThat(e).hasMessageStartingWith("on line 2, column 3: ");
                        });
    }

    @Test
    void reportsABlockThatIsNeverClosed() {
        assertThatThrownBy(() -> TemplateRenderer.check("{% if provider %}\nHi"))
                .isInstanceOf(TemplateSyntaxException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("{% end… %}");
    }

    @Test
    void reportsAnUnknownFilterByName() {
        assertThatThrownBy(() -> TemplateRenderer.check("{{ name | shout }}"))
                .isInstanceOf(TemplateSyntaxException.class)
                .hasMessage("on line 1, column 11: there is no filter 'shout'");
    }

    @Test
    void listsTheVariablesATemplateReadsButDoesNotSet() {
        String template =
                "{% assign greeting = 'Hi' %}{{ greeting }} {{ name | default: fallback }}"
                        + "{% for item in items %}{{ item }}{{ forloop.index }}{% endfor %}"
                        + "{% if app.name %}{{ name }}{% endif %}";

        assertThat(TemplateRenderer.variablesRead(template))
                .containsExactly("name", "fallback", "items", "app");
    }
}
