package org.policygraph.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.core.JsonParser;

import org.policygraph.graph.KnowledgeGraph;

/**
 * Reads a graph in the JSON export schema (ours, or another tool's that writes the same shape) back into a
 * {@link KnowledgeGraph}: ids, aliases, mentions, evidence, notes and manual flags are kept. Documents come back
 * without their text (the export does not carry it). A Neo4j APOC JSON export (of a graph sent there with the
 * Neo4j export) is recognised and read too, without evidence. A malformed file raises {@link GraphFormatException}:
 * "graph.json: not a PolicyGraph graph: &lt;reason&gt; at line N".
 */
public final class JsonGraphImporter {
    /** How far ahead the format sniffing may read: an APOC record or our "documents" key come well before. */
    private static final int SNIFF_BYTES = 1 << 20;

    /** Lets the sniffing parser close without closing the stream the real read goes on with. */
    private static final class NonClosingInput extends java.io.FilterInputStream {
        NonClosingInput(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }

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
            BufferedInputStream buffered = new BufferedInputStream(in, SNIFF_BYTES);
            buffered.mark(SNIFF_BYTES);
            boolean neo4j;
            try (JsonParser p = GraphJsonReader.mapper().createParser(new NonClosingInput(buffered))) {
                neo4j = Neo4jJsonReader.looksLikeApoc(p);
            } catch (IOException e) {
                neo4j = false; // the full read below reports what is wrong, with its line
            }
            try {
                buffered.reset();
            } catch (IOException e) {
                throw new JsonShapeException("cannot read (" + e.getMessage() + ")", 0);
            }
            if (neo4j) return Neo4jJsonReader.read(buffered);
            GraphJsonReader.Parts parts = GraphJsonReader.readParts(buffered);
            if (!parts.hasGraphFields() && !parts.other().isEmpty()) {
                throw new JsonShapeException("it has no \"nodes\", \"edges\" or \"documents\"", 1);
            }
            return GraphJsonReader.build(parts, UnaryOperator.identity());
        } catch (JsonShapeException e) {
            throw new GraphFormatException(source, e.reason(), e.line());
        }
    }
}
