package com.ascendkit.journeys.slicefixture.alpha;

import com.ascendkit.journeys.slicefixture.alpha.internal.AlphaPart;
import com.ascendkit.journeys.slicefixture.beta.Beta;

/**
 * Fixtures for {@code ArchitectureRulesTest}: three features of a made-up module {@code
 * slicefixture}. Alpha uses Beta, and Beta uses a part of Alpha in Alpha's subpackage: a cycle
 * between two features. Alpha and its part use each other: no cycle (one feature).
 */
public final class Alpha {
    public int size(Beta beta) {
        return beta.parts().size() + new AlphaPart().weight();
    }
}
