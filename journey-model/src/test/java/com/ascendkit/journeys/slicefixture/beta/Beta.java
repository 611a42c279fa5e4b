package com.ascendkit.journeys.slicefixture.beta;

import com.ascendkit.journeys.slicefixture.alpha.internal.AlphaPart;
import java.util.List;

/** Feature beta: uses alpha's part, closing the cycle alpha → beta → alpha (see Alpha). */
public final class Beta {
    public List<AlphaPart> parts() {
        return List.of(new AlphaPart());
    }
}
