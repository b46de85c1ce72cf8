/**
 * The PolicyGraph look: an immutable {@link org.policygraph.ui.canvas.GraphScene} painted on a JavaFX Canvas by
 * {@link org.policygraph.ui.canvas.GraphPainter} (shapes and colours by type, sized by centrality, legend,
 * collision-free labels), and {@link org.policygraph.ui.canvas.GraphCanvas}, the interactive pan/zoom/drag/select
 * control built on it. Pure geometry (viewport, hit testing, label placement) works without the toolkit.
 */
package org.policygraph.ui.canvas;
