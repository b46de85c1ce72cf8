package org.policygraph.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

import org.policygraph.graph.KnowledgeGraph;

/** Writes a graph in one format. */
public interface GraphExporter {
    /** Writes to a stream (stdout for the CLI). The stream is not closed. */
    void write(KnowledgeGraph graph, OutputStream out) throws IOException;

    /** Writes to a file atomically (temp file, then rename); CSV writes a folder with nodes.csv and edges.csv. */
    void write(KnowledgeGraph graph, Path out) throws IOException;
}
