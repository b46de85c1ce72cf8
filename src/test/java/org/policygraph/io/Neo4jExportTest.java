package org.policygraph.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.model.Entity;

/** Neo4j: the folder has the admin-import CSVs and a LOAD CSV script; the stream is one Cypher script. */
class Neo4jExportTest {

    @Test
    void folderHoldsCsvsScriptAndReadme(@TempDir Path dir) throws Exception {
        new Neo4jExporter().write(TestGraphs.small(), dir);
        for (String f : new String[] {"nodes.csv", "edges.csv", "import.cypher", "README.txt"}) {
            assertTrue(Files.size(dir.resolve(f)) > 0, f);
        }
        String script = Files.readString(dir.resolve("import.cypher"));
        assertTrue(script.contains("LOAD CSV WITH HEADERS FROM 'file:///nodes.csv'"));
        // one MERGE per relation type present, parallel PARTNERS_WITH / CO_OCCURS both there
        for (String t : new String[] {"PARTNERS_WITH", "CO_OCCURS", "CONDUCTED_BY", "PARTICIPANT"}) {
            assertTrue(script.contains("MERGE (a)-[r:`" + t + "`]->(b)"), t);
        }
        assertTrue(script.contains("SET n:`OPERATION`"));
        assertTrue(Files.readString(dir.resolve("README.txt")).contains("neo4j-admin database import full"));
    }

    @Test
    void streamScriptQuotesEverythingAndCountsMatch() throws Exception {
        KnowledgeGraph g = TestGraphs.small();
        Entity odd = g.addEntity("O'Brien \\ Co", "My Type`s");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Neo4jExporter().write(g, out);
        String cypher = out.toString(StandardCharsets.UTF_8);
        assertTrue(cypher.contains("label: 'O\\'Brien \\\\ Co'"), cypher);
        assertTrue(cypher.contains("SET n:`My Type``s`"), cypher);
        assertTrue(cypher.contains("'Operation Driftwood, led by the Harbour Agency, targeted fentanyl shipments.\\nIt ended in May.'"));
        assertEquals(g.entityCount(), count(cypher, "\\{id: '"));
        assertEquals(g.relationCount(), count(cypher, "\\{s: '"));
        assertTrue(odd.id().length() > 0);
    }

    private static int count(String s, String regex) {
        Matcher m = Pattern.compile(regex).matcher(s);
        int n = 0;
        while (m.find()) n++;
        return n;
    }
}
