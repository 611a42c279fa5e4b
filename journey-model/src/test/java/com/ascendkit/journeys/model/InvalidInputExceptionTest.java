package com.ascendkit.journeys.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InvalidInputExceptionTest {

    @Test
    void nestsItsFieldUnderAParent() {
        InvalidInputException e =
                new InvalidInputException("type", "unknown action type 'mail'").under("action");

        assertThat(e.field()).isEqualTo("action.type");
        assertThat(e.getMessage()).isEqualTo("unknown action type 'mail'");
        assertThat(e.under("nodes.welcome").field()).isEqualTo("nodes.welcome.action.type");
    }

    @Test
    void takesTheParentAsFieldWhenItHasNone() {
        assertThat(new InvalidInputException(null, "bad").under("trigger").field())
                .isEqualTo("trigger");
    }
}
