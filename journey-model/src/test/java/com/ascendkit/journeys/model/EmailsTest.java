package com.ascendkit.journeys.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailsTest {

    @ParameterizedTest
    @ValueSource(strings = {"hello@yourapp.com", "a.b+tag@mail.example.org", "x@y.io"})
    void acceptsAddresses(String address) {
        assertThat(Emails.require("fromIdentityEmail", address)).isEqualTo(address);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "hello",
                "hello@",
                "@yourapp.com",
                "hello@yourapp",
                "a b@c.de",
                "a@@b.c"
            })
    void rejectsNonAddressesQuotingThem(String text) {
        assertThatThrownBy(() -> Emails.require("fromIdentityEmail", text))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("invalid email address '" + text + "' in 'fromIdentityEmail'");
    }

    @Test
    void rejectsOverlongAddresses() {
        assertThat(Emails.isEmail("a".repeat(64) + "@" + "b".repeat(200) + ".com")).isFalse();
        assertThat(Emails.isEmail("a".repeat(65) + "@b.com")).isFalse();
        assertThat(Emails.isEmail(null)).isFalse();
    }
}
