package org.policygraph.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.policygraph.extract.Ontology;
import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.model.Evidence;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** GraphML and GEXF: well-formed, counts match the graph (parallel edges kept), and golden files. */
class XmlExportTest {

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        DocumentBuilder b = f.newDocumentBuilder();
        return b.parse(new ByteArrayInputStream(xml));
    }

    static byte[] export(GraphExporter x, KnowledgeGraph g) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        x.write(g, out);
        return out.toByteArray();
    }

    @Test
    void graphMlCountsAndAttributesMatchTheGraph() throws Exception {
        KnowledgeGraph g = TestGraphs.small();
        Document d = parse(export(new GraphMlExporter(), g));
        NodeList nodes = d.getElementsByTagNameNS("*", "node");
        NodeList edges = d.getElementsByTagNameNS("*", "edge");
        assertEquals(g.entityCount(), nodes.getLength());
        assertEquals(g.relationCount(), edges.getLength());
        assertEquals(5, edges.getLength());
        assertUniqueIds(edges);
        Set<String> labels = new HashSet<>();
        NodeList data = d.getElementsByTagNameNS("*", "data");
        for (int i = 0; i < data.getLength(); i++) {
            Element e = (Element) data.item(i);
            if (e.getAttribute("key").equals("n_label")) labels.add(e.getTextContent());
        }
        assertTrue(labels.contains("Coast & <Border> \"Unit\""), labels.toString());
        assertTrue(labels.contains("Ministério Norte"), labels.toString());
    }

    @Test
    void gexfKeepsParallelEdgesOfDifferentTypes() throws Exception {
        KnowledgeGraph g = TestGraphs.small();
        Document d = parse(export(new GexfExporter(), g));
        NodeList edges = d.getElementsByTagNameNS("*", "edge");
        assertEquals(g.relationCount(), edges.getLength());
        assertEquals(g.entityCount(), d.getElementsByTagNameNS("*", "node").getLength());
        assertUniqueIds(edges);
        Set<String> kinds = new HashSet<>();
        for (int i = 0; i < edges.getLength(); i++) {
            Element e = (Element) edges.item(i);
            if (e.getAttribute("source").equals("harbour-agency") && e.getAttribute("target").equals("coast-border-unit")) {
                kinds.add(e.getAttribute("kind"));
            }
        }
        assertEquals(Set.of("PARTNERS_WITH", "CO_OCCURS"), kinds);
        Element graph = (Element) d.getElementsByTagNameNS("*", "graph").item(0);
        assertEquals("directed", graph.getAttribute("defaultedgetype"));
    }

    @Test
    void controlCharactersFromPdfTextAreDroppedSoTheFileStaysReadable() throws Exception {
        KnowledgeGraph g = TestGraphs.small();
        var r = g.relations().iterator().next();
        g.addEvidence(r, new Evidence("a.txt", 1, 2, "bad\u0001byte\u000B here"));
        g.setNote(g.entity("harbour-agency").orElseThrow(), "line one\nline\ttwo \uD83D\uDE00");
        for (GraphExporter x : new GraphExporter[] {new GraphMlExporter(), new GexfExporter()}) {
            Document d = parse(export(x, g));
            assertEquals(g.relationCount(), d.getElementsByTagNameNS("*", "edge").getLength());
        }
        String gexf = new String(export(new GexfExporter(), g), StandardCharsets.UTF_8);
        assertTrue(gexf.contains("line one&#10;line&#9;two \uD83D\uDE00"), "line breaks survive in attributes");
    }

    @Test
    void graphMlMatchesGoldenFile() throws Exception {
        assertEquals(golden("small.graphml"), new String(export(new GraphMlExporter(), TestGraphs.small()), StandardCharsets.UTF_8));
    }

    @Test
    void gexfMatchesGoldenFile() throws Exception {
        Ontology fixed = Ontology.withUserFile(java.nio.file.Path.of(
                Objects.requireNonNull(getClass().getResource("/io/colours.json")).toURI()));
        assertEquals(golden("small.gexf"), new String(export(new GexfExporter(fixed), TestGraphs.small()), StandardCharsets.UTF_8));
    }

    static String golden(String name) throws IOException {
        try (InputStream in = Objects.requireNonNull(XmlExportTest.class.getResourceAsStream("/io/" + name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void assertUniqueIds(NodeList edges) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < edges.getLength(); i++) ids.add(((Element) edges.item(i)).getAttribute("id"));
        assertEquals(edges.getLength(), ids.size(), "edge ids are unique");
    }
}
