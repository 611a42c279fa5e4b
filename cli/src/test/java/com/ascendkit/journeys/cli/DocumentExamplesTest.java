package com.ascendkit.journeys.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.cli.DocumentExamples.Example;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentExamplesTest {

    @Test
    void joinsBackslashContinuations() {
        List<Example> examples =
                DocumentExamples.parse(
                        "Create\n\nascendkit journey create \\\n  --name \"Onboarding Flow\" \\\n"
                                + "  --entry-event user.created\n\nThen\n");

        assertThat(examples).hasSize(1);
        assertThat(examples.get(0).args())
                .containsExactly(
                        "journey",
                        "create",
                        "--name",
                        "Onboarding Flow",
                        "--entry-event",
                        "user.created");
        assertThat(examples.get(0).line()).isEqualTo(3);
    }

    @Test
    void keepsSingleQuotedJsonAcrossLines() {
        List<Example> examples =
                DocumentExamples.parse(
                        "ascendkit journey update jrn_abc123 \\\n  --nodes '{\n    \"a\": 1\n  }'\n"
                                + "ascendkit journey list\n");

        assertThat(examples).hasSize(2);
        assertThat(examples.get(0).args().get(4)).isEqualTo("{\n    \"a\": 1\n  }");
        assertThat(examples.get(1).line()).isEqualTo(5);
    }

    @Test
    void dropsTrailingComments() {
        List<Example> examples =
                DocumentExamples.parse("ascendkit journey pause jrn_abc123       # Pause — x\n");

        assertThat(examples.get(0).args()).containsExactly("journey", "pause", "jrn_abc123");
    }

    @Test
    void readsTheLostSenderAddressAsAnOrdinaryAddress() {
        List<Example> examples =
                DocumentExamples.parse(
                        "ascendkit journey node update j n \\\n  --email-id [email protected]\n");

        assertThat(examples.get(0).args()).endsWith("--email-id", DocumentExamples.SENDER);
    }

    @Test
    void ignoresProseThatMentionsTheCommand() {
        assertThat(DocumentExamples.parse("Run ascendkit journey show after activating.\n"))
                .isEmpty();
    }

    @Test
    void findsEveryExampleOfTheProductDocument() {
        List<Example> examples = DocumentExamples.productDocument();

        assertThat(examples).hasSize(43);
        assertThat(examples.get(0).args())
                .containsExactly(
                        "journey",
                        "create",
                        "--name",
                        "Onboarding Flow",
                        "--entry-event",
                        "user.created",
                        "--entry-node",
                        "welcome_email");
        assertThat(examples).filteredOn(Example::isPlaceholder).hasSize(2);
    }
}
