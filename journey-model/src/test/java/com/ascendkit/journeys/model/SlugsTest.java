package com.ascendkit.journeys.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void acceptsSlugsOfUpToOneHundredCharacters() {
        assertThat(Slugs.require("templateSlug", "welcome-email", "send_email"))
                .isEqualTo("welcome-email");
        assertThat(Slugs.isSlug("s".repeat(100))).isTrue();
        assertThat(Slugs.isSlug("s".repeat(101))).isFalse();
    }

    @Test
    void rejectsASlugQuotingIt() {
        assertThatThrownBy(() -> Slugs.require("templateSlug", "Welcome Email", "send_email"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("invalid slug 'Welcome Email' in 'templateSlug'");
    }

    @Test
    void saysWhatNeedsAMissingSlug() {
        assertThatThrownBy(() -> Slugs.require("templateSlug", null, "send_email"))
                .hasMessage("send_email requires 'templateSlug'");
    }

    @Test
    void acceptsFreeTextUpToOneHundredCharacters() {
        assertThat(Slugs.requireText("tagName", "Power user ✓", "tag_user"))
                .isEqualTo("Power user ✓");
        assertThatThrownBy(() -> Slugs.requireText("tagName", "x".repeat(101), "tag_user"))
                .hasMessage("'tagName' is longer than 100 characters");
        assertThatThrownBy(() -> Slugs.requireText("tagName", "  ", "tag_user"))
                .hasMessage("tag_user requires 'tagName'");
    }
}
