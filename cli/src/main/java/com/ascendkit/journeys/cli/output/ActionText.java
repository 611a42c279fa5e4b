package com.ascendkit.journeys.cli.output;

import com.ascendkit.journeys.model.Action;

/** How a node's action reads in tables: its summary, plus the sender when one is set. */
public final class ActionText {
    private ActionText() {}

    /** {@code welcome-email + survey onboarding-nps, from hello@yourapp.com}; empty for none. */
    public static String summary(Action action) {
        if (action instanceof Action.SendEmail email && email.fromIdentityEmail() != null) {
            return email.summary() + ", from " + email.fromIdentityEmail();
        }
        return action.summary();
    }
}
