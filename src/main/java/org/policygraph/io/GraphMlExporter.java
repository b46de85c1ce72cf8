package org.policygraph.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.model.Entity;
import org.policygraph.model.Relation;

/**
 * GraphML for yEd, Gephi, Cytoscape and networkx. Directed; parallel edges (two relation types between the same
 * pair) keep their own ids, so readers that support multigraphs (networkx, yEd) keep them all.
 * Lists (aliases, documents) are joined with " | " because GraphML attributes are scalars.
 */
public final class GraphMlExporter implements GraphExporter {
    private static final String NS = "http://graphml.graphdrawing.org/xmlns";

    @Override
    public void write(KnowledgeGraph g, OutputStream out) throws IOException {
        try (XmlWriter x = new XmlWriter(out)) {
            x.start("graphml").attr("xmlns", NS)
                    .attr("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance")
                    .attr("xsi:schemaLocation", NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            key(x, "n_label", "node", "label", "string");
            key(x, "n_type", "node", "type", "string");
            key(x, "n_aliases", "node", "aliases", "string");
            key(x, "n_mentions", "node", "mentions", "int");
            key(x, "n_documents", "node", "documents", "string");
            key(x, "n_note", "node", "note", "string");
            key(x, "e_type", "edge", "type", "string");
            key(x, "e_weight", "edge", "weight", "double");
            key(x, "e_evidence", "edge", "evidence", "int");
            key(x, "e_first_evidence", "edge", "first_evidence", "string");
            key(x, "e_documents", "edge", "documents", "string");
            key(x, "e_note", "edge", "note", "string");
            key(x, "e_manual", "edge", "manual", "boolean");
            x.start("graph").attr("id", "policygraph").attr("edgedefault", "directed");
            for (Entity e : g.entities()) {
                x.start("node").attr("id", e.id());
                data(x, "n_label", e.label());
                data(x, "n_type", e.type());
                data(x, "n_aliases", GraphFacts.aliases(e, GraphFacts.LIST_SEPARATOR));
                data(x, "n_mentions", String.valueOf(e.mentions().size()));
                data(x, "n_documents", GraphFacts.documents(e, GraphFacts.LIST_SEPARATOR));
                if (e.note() != null) data(x, "n_note", e.note());
                x.end();
            }
            for (Relation r : GraphFacts.edgesInOrder(g)) {
                x.start("edge").attr("id", r.id()).attr("source", g.source(r).id()).attr("target", g.target(r).id());
                data(x, "e_type", r.type());
                data(x, "e_weight", GraphFacts.number(r.weight()));
                data(x, "e_evidence", String.valueOf(r.evidence().size()));
                data(x, "e_first_evidence", GraphFacts.firstEvidence(r));
                data(x, "e_documents", GraphFacts.documents(r, GraphFacts.LIST_SEPARATOR));
                if (r.note() != null) data(x, "e_note", r.note());
                if (r.manual()) data(x, "e_manual", "true");
                x.end();
            }
        }
    }

    @Override
    public void write(KnowledgeGraph g, Path out) throws IOException {
        AtomicFiles.write(out, os -> write(g, os));
    }

    private static void key(XmlWriter x, String id, String forWhat, String name, String type) throws IOException {
        x.start("key").attr("id", id).attr("for", forWhat).attr("attr.name", name).attr("attr.type", type).end();
    }

    private static void data(XmlWriter x, String key, String value) throws IOException {
        x.start("data").attr("key", key).text(value).end();
    }
}
