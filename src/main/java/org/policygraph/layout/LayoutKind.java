package org.policygraph.layout;

/** The layouts a user can choose. */
public enum LayoutKind {
    /** Barnes-Hut force-directed (JGraphT IndexedFRLayoutAlgorithm2D). */
    FORCE,
    /** A circle in one sector per type (inner rings when crowded), hubs first. */
    CIRCULAR,
    /** One column (band) per entity type. */
    BY_TYPE
}
