package com.ascendkit.journeys.client;

import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.api.JourneyResponse;
import com.ascendkit.journeys.model.topology.Warning;
import java.util.List;

/**
 * What a call that reads or changes a journey answers: the journey and its warnings ({@link
 * JourneyResponse}) plus the version of its {@code ETag} header, which is what the next mutation
 * passes as {@link RequestOptions#ifMatch(long)}. The version is the journey's own when the answer
 * had no ETag. {@code partial}: the answer to an edit asked with {@link RequestOptions#minimal()},
 * whose journey holds the new head but only the nodes and transitions the edit added or changed
 * (and no stats).
 */
public record JourneyResult(JourneyResponse response, long version, boolean partial) {

    public JourneyResult(JourneyResponse response, long version) {
        this(response, version, false);
    }

    public Journey journey() {
        return response.journey();
    }

    /** Every warning, including topology warnings flagged {@code suppressed}. */
    public List<Warning> warnings() {
        return response.warnings();
    }

    /** The warnings to show a user: those not suppressed (the CLI prints only these). */
    public List<Warning> visibleWarnings() {
        return response.warnings().stream().filter(w -> !w.suppressed()).toList();
    }

    public boolean warningsSuppressed() {
        return response.warningsSuppressed();
    }
}
