package org.policygraph.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.model.Entity;
import org.policygraph.model.Evidence;
import org.policygraph.model.Relation;

/** CSV: RFC 4180 quoting, Neo4j headers, folder and stream layouts. */
class CsvExportTest {

    /** A minimal RFC 4180 reader, so the test checks what a spreadsheet would see. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') { f.append('"'); i++; }
                else if (c == '"') quoted = false;
                else f.append(c);
            } else if (c == '"') quoted = true;
            else if (c == ',') { row.add(f.toString()); f.setLength(0); }
            else if (c == '\r') continue;
            else if (c == '\n') { row.add(f.toString()); f.setLength(0); rows.add(row); row = new ArrayList<>(); }
            else f.append(c);
        }
        return rows;
    }

    @Test
    void commasQuotesAndLineBreaksAreQuoted(@TempDir Path dir) throws Exception {
        KnowledgeGraph g = new KnowledgeGraph();
        Entity a = g.addEntity("Smith, Jones \"and\" Partners", "ORGANIZATION");
        g.addAlias(a, "S;J");
        Entity b = g.addEntity("Bureau of Things", "AGENCY");
        Relation r = g.relate(a, b, "FUNDS");
        g.addEvidence(r, new Evidence("x, y.txt", 0, 10, "First line, with \"quotes\"\nsecond line"));
        new CsvExporter().write(g, dir);
        List<List<String>> nodes = parse(Files.readString(dir.resolve("nodes.csv")));
        assertEquals(List.of("id:ID", "label", "type:LABEL", "aliases:string[]", "mentions:int"), nodes.get(0));
        assertEquals(List.of(a.id(), "Smith, Jones \"and\" Partners", "ORGANIZATION", "S,J", "0"), nodes.get(1));
        String edgesText = Files.readString(dir.resolve("edges.csv"));
        assertTrue(edgesText.contains("\"First line, with \"\"quotes\"\"\nsecond line\""), edgesText);
        assertTrue(edgesText.endsWith("\r\n"));
        List<List<String>> edges = parse(edgesText);
        assertEquals(List.of(":START_ID", ":END_ID", ":TYPE", "weight:double", "evidence:int", "documents:string[]", "first_evidence"), edges.get(0));
        assertEquals(List.of(a.id(), b.id(), "FUNDS", "1.0", "1", "x, y.txt", "First line, with \"quotes\"\nsecond line"), edges.get(1));
    }

    @Test
    void aStreamHoldsNodesThenABlankLineThenEdges() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvExporter().write(TestGraphs.small(), out);
        String[] parts = out.toString(StandardCharsets.UTF_8).split("\r\n\r\n");
        assertEquals(2, parts.length);
        assertEquals(1 + 4, parse(parts[0] + "\r\n").size());
        assertEquals(1 + 5, parse(parts[1]).size());
        assertTrue(parts[1].startsWith(":START_ID"));
    }
}
