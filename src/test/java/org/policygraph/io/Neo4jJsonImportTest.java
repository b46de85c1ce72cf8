package org.policygraph.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.model.Entity;

/** A graph that went to Neo4j and came back as an APOC JSON export opens again. */
class Neo4jJsonImportTest {
    /** What apoc.export.json.all writes for a graph loaded with our import.cypher (JSON lines). */
    static final String APOC_LINES = String.join("\n",
            "{\"type\":\"node\",\"id\":\"0\",\"labels\":[\"Entity\",\"AGENCY\"],\"properties\":{\"id\":\"harbour-agency\","
                    + "\"label\":\"Harbour Agency\",\"type\":\"AGENCY\",\"aliases\":[\"HA\"],\"mentions\":2}}",
            "{\"type\":\"node\",\"id\":\"1\",\"labels\":[\"Entity\",\"AGENCY\"],\"properties\":{\"id\":\"coast-unit\","
                    + "\"label\":\"Coast Unit\",\"type\":\"AGENCY\",\"aliases\":[],\"mentions\":1}}",
            "{\"type\":\"node\",\"id\":\"7\",\"labels\":[\"COUNTRY\"],\"properties\":{\"name\":\"Freedonia\"}}",
            "{\"id\":\"0\",\"type\":\"relationship\",\"label\":\"PARTNERS_WITH\",\"properties\":{\"weight\":1.0},"
                    + "\"start\":{\"id\":\"0\",\"labels\":[\"Entity\",\"AGENCY\"]},\"end\":{\"id\":\"1\",\"labels\":[\"Entity\",\"AGENCY\"]}}",
            "{\"id\":\"1\",\"type\":\"relationship\",\"label\":\"CO_OCCURS\",\"properties\":{},"
                    + "\"start\":{\"id\":\"0\",\"labels\":[]},\"end\":{\"id\":\"1\",\"labels\":[]}}",
            "{\"id\":\"2\",\"type\":\"relationship\",\"label\":\"LOCATED_IN\",\"properties\":{},"
                    + "\"start\":{\"id\":\"1\",\"labels\":[]},\"end\":{\"id\":\"7\",\"labels\":[]}}",
            "");

    static KnowledgeGraph read(String s) throws Exception {
        return new JsonGraphImporter().read(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)), "neo4j.json");
    }

    @Test
    void apocJsonLinesComeBackWithIdsTypesAliasesAndParallelEdges() throws Exception {
        KnowledgeGraph g = read(APOC_LINES);
        assertEquals(3, g.entityCount());
        assertEquals(3, g.relationCount());
        Entity h = g.entity("harbour-agency").orElseThrow();
        assertEquals("Harbour Agency", h.label());
        assertTrue(g.find("HA").isPresent());
        Entity f = g.entity("n7").orElseThrow();
        assertEquals("Freedonia", f.label());
        assertEquals("COUNTRY", f.type());
        assertEquals(2, g.relationsBetween(h, g.entity("coast-unit").orElseThrow()).size());
    }

    @Test
    void apocArrayFormatToo() throws Exception {
        String array = "[" + String.join(",", APOC_LINES.strip().split("\n")) + "]";
        assertEquals(3, read(array).relationCount());
    }

    @Test
    void aRelationshipToAnUnknownNodeIsNamedWithItsLine() {
        String bad = APOC_LINES.lines().limit(2).reduce("", (a, b) -> a + b + "\n")
                + "{\"id\":\"9\",\"type\":\"relationship\",\"label\":\"FUNDS\",\"start\":{\"id\":\"0\"},\"end\":{\"id\":\"42\"}}\n";
        GraphFormatException e = assertThrows(GraphFormatException.class, () -> read(bad));
        assertEquals("neo4j.json: not a PolicyGraph graph: a relationship ends at a node not seen before it at line 3", e.getMessage());
    }
}
