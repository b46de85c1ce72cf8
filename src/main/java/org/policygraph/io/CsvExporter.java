package org.policygraph.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.model.Entity;
import org.policygraph.model.Relation;

/**
 * nodes.csv and edges.csv for spreadsheets and {@code neo4j-admin database import}: the headers carry Neo4j
 * import types ({@code id:ID}, {@code type:LABEL}, {@code :START_ID}...), list columns use ';' (Neo4j's array
 * delimiter). To a stream (stdout): nodes, a blank line, then edges.
 */
public final class CsvExporter implements GraphExporter {
    public static final String NODES_FILE = "nodes.csv";
    public static final String EDGES_FILE = "edges.csv";
    static final String[] NODE_HEADER = {"id:ID", "label", "type:LABEL", "aliases:string[]", "mentions:int"};
    static final String[] EDGE_HEADER = {":START_ID", ":END_ID", ":TYPE", "weight:double", "evidence:int",
        "documents:string[]", "first_evidence"};
    /** Neo4j splits arrays on this and cannot escape it, so a ';' inside a name becomes ','. */
    static final char ARRAY_DELIMITER = ';';

    @Override
    public void write(KnowledgeGraph g, OutputStream out) throws IOException {
        CsvWriter csv = writer(out);
        writeNodes(g, csv);
        csv.blankLine();
        writeEdges(g, csv);
        csv.flush();
    }

    /** {@code out} is a folder: nodes.csv and edges.csv are written into it, each atomically. */
    @Override
    public void write(KnowledgeGraph g, Path out) throws IOException {
        Files.createDirectories(out);
        AtomicFiles.write(out.resolve(NODES_FILE), os -> {
            CsvWriter csv = writer(os);
            writeNodes(g, csv);
            csv.flush();
        });
        AtomicFiles.write(out.resolve(EDGES_FILE), os -> {
            CsvWriter csv = writer(os);
            writeEdges(g, csv);
            csv.flush();
        });
    }

    static void writeNodes(KnowledgeGraph g, CsvWriter csv) throws IOException {
        csv.row(NODE_HEADER);
        for (Entity e : g.entities()) {
            csv.row(e.id(), e.label(), e.type(), array(e.aliases()), String.valueOf(e.mentions().size()));
        }
    }

    static void writeEdges(KnowledgeGraph g, CsvWriter csv) throws IOException {
        csv.row(EDGE_HEADER);
        for (Relation r : GraphFacts.edgesInOrder(g)) {
            csv.row(g.source(r).id(), g.target(r).id(), r.type(), GraphFacts.number(r.weight()),
                    String.valueOf(r.evidence().size()), array(r.documents()), GraphFacts.firstEvidence(r));
        }
    }

    static String array(Collection<String> items) {
        StringBuilder b = new StringBuilder();
        for (String s : items) {
            if (b.length() > 0) b.append(ARRAY_DELIMITER);
            b.append(s.replace(ARRAY_DELIMITER, ','));
        }
        return b.toString();
    }

    private static CsvWriter writer(OutputStream out) {
        return new CsvWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
    }
}
