package org.policygraph.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

import org.policygraph.graph.KnowledgeGraph;

/**
 * Reads a graph in the JSON export schema (ours, or another tool's that writes the same shape) back into a
 * {@link KnowledgeGraph}: ids, aliases, mentions, evidence, notes and manual flags are kept. Documents come back
 * without their text (the export does not carry it). A malformed file raises {@link GraphFormatException}:
 * "graph.json: not a PolicyGraph graph: &lt;reason&gt; at line N".
 */
public final class JsonGraphImporter {
    public KnowledgeGraph read(Path file) throws IOException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return read(in, name);
        } catch (NoSuchFileException e) {
            throw new GraphFormatException(name, "no such file", 0);
        }
    }

    /** @param source names the input in messages (a file name), or null */
    public KnowledgeGraph read(InputStream in, String source) throws GraphFormatException {
        try {
            GraphJsonReader.Parts parts = GraphJsonReader.readParts(in);
            if (!parts.hasGraphFields() && !parts.other().isEmpty()) {
                throw new JsonShapeException("it has no \"nodes\", \"edges\" or \"documents\"", 1);
            }
            return GraphJsonReader.build(parts, UnaryOperator.identity());
        } catch (JsonShapeException e) {
            throw new GraphFormatException(source, e.reason(), e.line());
        }
    }
}
