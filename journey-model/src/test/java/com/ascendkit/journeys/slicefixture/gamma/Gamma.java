package com.ascendkit.journeys.slicefixture.gamma;

import com.ascendkit.journeys.slicefixture.beta.Beta;

/** Feature gamma: uses beta, and nothing uses gamma (one way, see Alpha). */
public final class Gamma {
    public int count(Beta beta) {
        return beta.parts().size();
    }
}
