/** Vertex positions from JGraphT layout algorithms, computed off the FX thread. No JavaFX. */
package org.policygraph.layout;
