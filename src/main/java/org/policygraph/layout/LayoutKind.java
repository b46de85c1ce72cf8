package org.policygraph.layout;

/** The layouts a user can choose. */
public enum LayoutKind {
    /** Barnes-Hut force-directed (JGraphT IndexedFRLayoutAlgorithm2D). */
    FORCE,
    /** All vertices on a circle, grouped by type. */
    CIRCULAR,
    /** One column (band) per entity type. */
    BY_TYPE
}
