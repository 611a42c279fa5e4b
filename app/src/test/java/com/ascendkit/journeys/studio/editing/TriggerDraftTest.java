package com.ascendkit.journeys.studio.editing;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.model.Trigger;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TriggerDraftTest {
    private final TriggerDraft draft = new TriggerDraft();

    @Test
    void saysInWordsWhatIsWrongWithADelayWithoutNamingFields() {
        draft.kindProperty().set(TriggerDraft.Kind.TIMER);

        draft.delayProperty().set("2x");

        assertThat(draft.errorProperty().get())
                .isEqualTo(
                        "'2x' is not a delay: use a whole number and m, h, d or w (30m, 12h, 2d,"
                                + " 1w); a number alone is minutes");
    }

    @Test
    void showsWhatIsWrongOnlyOnceTheUserFinishedTyping() {
        draft.load(Trigger.on("user.login"));
        draft.eventProperty().set("");

        assertThat(draft.shownErrorProperty().get()).isEmpty();
        draft.reveal();
        assertThat(draft.shownErrorProperty().get())
                .isEqualTo("Type the event users must send, such as user.login");
    }

    @Test
    void callsAZeroDelayNoWait() {
        draft.kindProperty().set(TriggerDraft.Kind.TIMER);

        draft.delayProperty().set("0d");

        assertThat(draft.errorProperty().get())
                .isEqualTo("A delay of 0d is no wait: use at least 1 (30m, 12h, 2d, 1w)");
    }

    @Test
    void refusesADelayOverAYear() {
        draft.kindProperty().set(TriggerDraft.Kind.TIMER);

        draft.delayProperty().set("53w");

        assertThat(draft.errorProperty().get()).contains("longer than 365 days");
    }

    @Test
    void aValidDelayClearsTheError() {
        draft.kindProperty().set(TriggerDraft.Kind.TIMER);
        draft.delayProperty().set("2x");

        draft.delayProperty().set("90");

        assertThat(draft.errorProperty().get()).isEmpty();
        assertThat(draft.build()).isEqualTo(Trigger.after("90m"));
    }

    @Test
    void filterRowsBecomeTypedScalars() {
        draft.load(Trigger.on("app.upgraded"));
        draft.addFilterRow();
        draft.filter().get(0).keyProperty().set("plan");
        draft.filter().get(0).valueProperty().set("pro");
        draft.addFilterRow();
        draft.filter().get(1).keyProperty().set("seats");
        draft.filter().get(1).valueProperty().set("3");
        draft.addFilterRow();
        draft.filter().get(2).keyProperty().set("code");
        draft.filter().get(2).valueProperty().set("\"3\"");

        assertThat(draft.build())
                .isEqualTo(
                        new Trigger.Event(
                                "app.upgraded", Map.of("plan", "pro", "seats", 3L, "code", "3")));
    }

    @Test
    void aFilterValueWithoutAKeyIsAnError() {
        draft.addFilterRow();
        draft.filter().get(0).valueProperty().set("pro");

        assertThat(draft.errorProperty().get()).contains("has the value 'pro' but no key");
    }

    @Test
    void loadingATriggerShowsItsFilterAsTyped() {
        draft.load(new Trigger.Event("app.x", Map.of("code", "3")));

        assertThat(draft.filter().get(0).valueProperty().get()).isEqualTo("\"3\"");
    }
}
