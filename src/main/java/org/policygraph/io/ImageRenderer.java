package org.policygraph.io;

import java.nio.file.Path;

import org.policygraph.graph.KnowledgeGraph;

/**
 * Draws a graph to a PNG without a display. The JavaFX implementation lives in the ui package and is handed
 * in by the app (cli and ui never import each other).
 */
@FunctionalInterface
public interface ImageRenderer {
    /**
     * @param focus label or alias of the entity to centre on, or null for the whole graph
     * @param hops  neighbourhood radius around the focus
     */
    void render(KnowledgeGraph graph, Path out, int width, int height, String focus, int hops) throws Exception;
}
