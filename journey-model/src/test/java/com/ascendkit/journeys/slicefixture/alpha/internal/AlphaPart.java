package com.ascendkit.journeys.slicefixture.alpha.internal;

import com.ascendkit.journeys.slicefixture.alpha.Alpha;

/** A part of feature alpha, in its subpackage; it knows its feature's root (see Alpha). */
public final class AlphaPart {
    public int weight() {
        return 1;
    }

    public Alpha owner() {
        return new Alpha();
    }
}
