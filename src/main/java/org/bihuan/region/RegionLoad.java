package org.bihuan.region;

/**
 * What loading a code list did: divisions it added, divisions whose name or parent it changed, and those it found
 * as they were. Nothing is ever deleted: a code that units or cases used stays resolvable.
 */
public record RegionLoad(int added, int changed, int unchanged) {
}
