package com.ascendkit.journeys.studio.palette;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascendkit.journeys.model.ActionType;
import com.ascendkit.journeys.model.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.feather.Feather;

class StepKindTest {

    @Test
    void offersTheActionTypesInOrderThenTheEnd() {
        assertThat(Icons.STEP_KINDS)
                .containsExactly("send_email", "tag_user", "advance_stage", "none", "end");
    }

    @Test
    void everyKindReadsBackFromItsText() {
        for (StepKind kind : StepKind.ALL) {
            assertThat(StepKind.parse(kind.text())).isEqualTo(kind);
        }
        assertThat(StepKind.parse("end")).isEqualTo(StepKind.END);
        assertThat(StepKind.END.action()).isEqualTo(ActionType.NONE);
        assertThat(StepKind.parse("none").end()).isFalse();
    }

    @Test
    void refusesTextThatNamesNoKind() {
        assertThatThrownBy(() -> StepKind.parse("send_sms"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void namesAndDrawsEachKindAsBefore() {
        assertThat(Icons.STEP_KINDS.stream().map(Icons::label))
                .containsExactly("Send email", "Tag user", "Set stage", "Wait / branch", "End");
        assertThat(Icons.STEP_KINDS.stream().map(Icons::iconOf))
                .containsExactly(
                        Feather.MAIL,
                        Feather.TAG,
                        Feather.BAR_CHART_2,
                        Feather.CIRCLE,
                        Feather.FLAG);
        for (ActionType type : ActionType.values()) {
            assertThat(Icons.label(type)).isEqualTo(Icons.label(type.wireName()));
            assertThat(Icons.labels().fromString(Icons.labels().toString(type))).isEqualTo(type);
        }
    }
}
