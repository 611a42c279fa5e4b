package com.ascendkit.journeys.studio.templates;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.model.api.Template;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateNamesTest {
    private final List<Template> existing = List.of(new Template("welcome", "Hi", "<p/>", null));

    @Test
    void namesTheCharacterThatIsNotAllowed() {
        assertThat(TemplateNames.problem("café", existing))
                .isEqualTo("The name cannot contain 'é': " + TemplateNames.RULE + ".");
    }

    @Test
    void saysANameIsTakenWhenAnotherEmailHasIt() {
        assertThat(TemplateNames.problem("welcome", existing))
                .isEqualTo("There is already an email named 'welcome': choose another name.");
    }

    @Test
    void acceptsANameTheEngineAccepts() {
        assertThat(TemplateNames.problem("welcome-email_2.v1", existing)).isEmpty();
    }
}
