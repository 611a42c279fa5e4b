package com.ascendkit.journeys.studio.help;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CanvasPngTest {
    @Test
    void keepsUnicodeAndSpacesInTheFileName() {
        assertThat(CanvasPng.fileName("Café onboarding")).isEqualTo("Café onboarding");
        assertThat(CanvasPng.fileName("Willkommen – Überblick 日本"))
                .isEqualTo("Willkommen – Überblick 日本");
    }

    @Test
    void dropsOnlyWhatAFileSystemRefuses() {
        assertThat(CanvasPng.fileName("Q1/Q2: \"VIP\" <new>?*|\\ users.. "))
                .isEqualTo("Q1 Q2 VIP new users");
    }

    @Test
    void givesANameWhereNothingOrAReservedWindowsNameIsLeft() {
        assertThat(CanvasPng.fileName("///")).isEqualTo("journey");
        assertThat(CanvasPng.fileName("con")).isEqualTo("con journey");
    }
}
