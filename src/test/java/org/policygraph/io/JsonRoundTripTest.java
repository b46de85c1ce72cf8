package org.policygraph.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.model.Entity;
import org.policygraph.model.Relation;

/** JSON export → import → export gives the same text; bad files give one clear line. */
class JsonRoundTripTest {

    static String json(KnowledgeGraph g) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonGraphExporter().write(g, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static KnowledgeGraph read(String json) throws Exception {
        return new JsonGraphImporter().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "graph.json");
    }

    @Test
    void exportImportExportIsIdentical() throws Exception {
        String first = json(TestGraphs.small());
        KnowledgeGraph back = read(first);
        assertEquals(first, json(back));
        assertEquals(4, back.entityCount());
        assertEquals(5, back.relationCount());
        Entity harbour = back.entity("harbour-agency").orElseThrow();
        assertEquals(2, harbour.mentions().size());
        assertTrue(back.find("HA").isPresent(), "aliases are indexed again");
        Relation manual = back.relations().stream().filter(Relation::manual).findFirst().orElseThrow();
        assertEquals("PARTICIPANT", manual.type());
        assertEquals("added by hand, see briefing; check", manual.note());
    }

    @Test
    void importedGraphKeepsGrowingWithFreshEdgeIds() throws Exception {
        KnowledgeGraph back = read(json(TestGraphs.small()));
        Entity a = back.entity("harbour-agency").orElseThrow();
        Entity b = back.entity("ministerio-norte").orElseThrow();
        Relation fresh = back.relate(a, b, "FUNDS");
        assertEquals("e6", fresh.id());
    }

    @Test
    void readsAFileAndNamesItInErrors(@TempDir Path dir) throws Exception {
        Path ok = dir.resolve("g.json");
        new JsonGraphExporter().write(TestGraphs.small(), ok);
        assertEquals(5, new JsonGraphImporter().read(ok).relationCount());
        Path bad = dir.resolve("broken.json");
        Files.writeString(bad, "{\"nodes\": [\n  {\"id\": \"a\", \"type\": \"AGENCY\"},\n  {\"id\": \"b\" \"type\": 1}\n]}");
        GraphFormatException e = assertThrows(GraphFormatException.class, () -> new JsonGraphImporter().read(bad));
        assertTrue(e.getMessage().startsWith("broken.json: not a PolicyGraph graph: invalid JSON"), e.getMessage());
        assertTrue(e.getMessage().endsWith("at line 3"), e.getMessage());
    }

    @Test
    void malformedGraphsGiveOneLineReasons() {
        assertMessage("", "not a PolicyGraph graph: the file is empty");
        assertMessage("[1,2]", "not a PolicyGraph graph: expected a JSON object at line 1");
        assertMessage("{\"nodes\": [", "not a PolicyGraph graph: the file ends early (truncated?) at line 1");
        assertMessage("{\"nodes\": {}}", "not a PolicyGraph graph: \"nodes\" is not a list at line 1");
        assertMessage("{\"nodes\": [\n{\"id\":\"a\"}]}", "not a PolicyGraph graph: node \"a\" has no \"type\" at line 2");
        assertMessage("{\"nodes\": [{\"id\":\"a\",\"type\":\"X\"},\n{\"id\":\"a\",\"type\":\"X\"}]}",
                "not a PolicyGraph graph: two nodes have the id \"a\" at line 2");
        assertMessage("{\"nodes\": [{\"id\":\"a\",\"type\":\"X\"}],\n\"edges\":[\n{\"source\":\"a\",\"target\":\"zz\",\"type\":\"T\"}]}",
                "not a PolicyGraph graph: edge target \"zz\" is not a node at line 3");
        assertMessage("{\"nodes\": [{\"id\":\"a\",\"type\":\"X\",\"mentions\":[{\"doc\":\"d\",\"start\":5,\"end\":2}]}]}",
                "not a PolicyGraph graph: a mention of node \"a\" has a bad span 5..2 at line 1");
        assertMessage("{\"hello\": 1}", "not a PolicyGraph graph: it has no \"nodes\", \"edges\" or \"documents\" at line 1");
    }

    @Test
    void otherToolsJsonWithoutIdsOrEvidenceStillLoads() throws Exception {
        KnowledgeGraph g = read("{\"nodes\":[{\"id\":\"n1\",\"type\":\"AGENCY\"},{\"id\":\"n2\",\"label\":\"Two\",\"type\":\"LAW\"}],"
                + "\"edges\":[{\"source\":\"n1\",\"target\":\"n2\",\"type\":\"ENFORCES\",\"weight\":3}]}");
        assertEquals("n1", g.entity("n1").orElseThrow().label());
        assertEquals(1, g.relationCount());
        assertEquals("e1", g.relations().iterator().next().id());
    }

    private static void assertMessage(String json, String expected) {
        GraphFormatException e = assertThrows(GraphFormatException.class, () -> read(json));
        assertEquals("graph.json: " + expected, e.getMessage());
    }
}
