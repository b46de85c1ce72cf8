package org.policygraph.graph;

/** Told after the graph changed (on the thread that changed it). */
@FunctionalInterface
public interface GraphListener {
    void graphChanged(KnowledgeGraph graph);
}
