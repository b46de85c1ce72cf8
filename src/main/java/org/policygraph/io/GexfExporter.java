package org.policygraph.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

import org.policygraph.extract.Ontology;
import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.model.Entity;
import org.policygraph.model.Relation;

/**
 * GEXF 1.3 for Gephi: directed, attributes declared, nodes coloured by the ontology (viz:color). Every edge
 * keeps its id and carries its relation type as {@code kind}, the GEXF 1.3 way to keep parallel edges of
 * different types between the same pair apart (Gephi and networkx both keep them).
 */
public final class GexfExporter implements GraphExporter {
    private static final String NS = "http://gexf.net/1.3";
    private final Ontology ontology;

    public GexfExporter() {
        this(Ontology.defaults());
    }

    public GexfExporter(Ontology ontology) {
        this.ontology = ontology;
    }

    @Override
    public void write(KnowledgeGraph g, OutputStream out) throws IOException {
        try (XmlWriter x = new XmlWriter(out)) {
            x.start("gexf").attr("xmlns", NS).attr("xmlns:viz", NS + "/viz")
                    .attr("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance")
                    .attr("xsi:schemaLocation", NS + " " + NS + "/gexf.xsd").attr("version", "1.3");
            x.start("meta");
            x.start("creator").text("PolicyGraph").end();
            x.start("description").text("Entities and relations extracted from documents, with evidence counts").end();
            x.end();
            x.start("graph").attr("defaultedgetype", "directed").attr("mode", "static");
            x.start("attributes").attr("class", "node").attr("mode", "static");
            attribute(x, "type", "string");
            attribute(x, "aliases", "string");
            attribute(x, "mentions", "integer");
            attribute(x, "documents", "string");
            attribute(x, "note", "string");
            x.end();
            x.start("attributes").attr("class", "edge").attr("mode", "static");
            attribute(x, "type", "string");
            attribute(x, "evidence", "integer");
            attribute(x, "first_evidence", "string");
            attribute(x, "documents", "string");
            attribute(x, "note", "string");
            attribute(x, "manual", "boolean");
            x.end();
            x.start("nodes");
            for (Entity e : g.entities()) {
                x.start("node").attr("id", e.id()).attr("label", e.label());
                x.start("attvalues");
                value(x, "type", e.type());
                value(x, "aliases", GraphFacts.aliases(e, GraphFacts.LIST_SEPARATOR));
                value(x, "mentions", e.mentions().size());
                value(x, "documents", GraphFacts.documents(e, GraphFacts.LIST_SEPARATOR));
                if (e.note() != null) value(x, "note", e.note());
                x.end();
                color(x, ontology.color(e.type()));
                x.end();
            }
            x.end();
            x.start("edges");
            for (Relation r : GraphFacts.edgesInOrder(g)) {
                x.start("edge").attr("id", r.id()).attr("source", g.source(r).id()).attr("target", g.target(r).id())
                        .attr("label", r.type()).attr("kind", r.type()).attr("weight", GraphFacts.number(r.weight()));
                x.start("attvalues");
                value(x, "type", r.type());
                value(x, "evidence", r.evidence().size());
                value(x, "first_evidence", GraphFacts.firstEvidence(r));
                value(x, "documents", GraphFacts.documents(r, GraphFacts.LIST_SEPARATOR));
                if (r.note() != null) value(x, "note", r.note());
                if (r.manual()) value(x, "manual", "true");
                x.end();
                x.end();
            }
        }
    }

    @Override
    public void write(KnowledgeGraph g, Path out) throws IOException {
        AtomicFiles.write(out, os -> write(g, os));
    }

    private static void attribute(XmlWriter x, String id, String type) throws IOException {
        x.start("attribute").attr("id", id).attr("title", id).attr("type", type).end();
    }

    private static void value(XmlWriter x, String id, Object value) throws IOException {
        x.start("attvalue").attr("for", id).attr("value", value).end();
    }

    /** #rrggbb from the ontology; anything else (a user typo) leaves the node uncoloured rather than failing. */
    private static void color(XmlWriter x, String hex) throws IOException {
        if (hex == null || !hex.matches("#[0-9a-fA-F]{6}")) return;
        int rgb = Integer.parseInt(hex.substring(1), 16);
        x.start("viz:color").attr("r", rgb >> 16 & 0xFF).attr("g", rgb >> 8 & 0xFF).attr("b", rgb & 0xFF).end();
    }
}
