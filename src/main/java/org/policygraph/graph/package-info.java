/** The JGraphT-backed knowledge graph: merging extractions, analytics, queries and undoable edits. No JavaFX. */
package org.policygraph.graph;
