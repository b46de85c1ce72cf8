package org.policygraph.io;

import java.io.IOException;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.core.JsonGenerator;

import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.model.Document;
import org.policygraph.model.Entity;
import org.policygraph.model.Evidence;
import org.policygraph.model.Mention;
import org.policygraph.model.Relation;

/**
 * Writes the parts of the graph JSON schema (documents, nodes, edges) to a streaming generator. Shared by the
 * JSON export and the project file, so a project's graph reads exactly like an export.
 */
public final class GraphJsonWriter {
    private GraphJsonWriter() {
    }

    /** Writes the fields of one document object (without start/end); {@code paths} maps stored paths. */
    public static void writeDocumentFields(JsonGenerator j, Document d, UnaryOperator<String> paths) throws IOException {
        j.writeStringField("id", d.id());
        j.writeStringField("title", d.title());
        j.writeStringField("path", d.path() == null ? null : paths.apply(d.path()));
        j.writeStringField("date", d.date());
    }

    public static void writeNodes(JsonGenerator j, KnowledgeGraph g) throws IOException {
        j.writeArrayFieldStart("nodes");
        for (Entity e : g.entities()) {
            j.writeStartObject();
            j.writeStringField("id", e.id());
            j.writeStringField("label", e.label());
            j.writeStringField("type", e.type());
            j.writeArrayFieldStart("aliases");
            for (String a : e.aliases()) j.writeString(a);
            j.writeEndArray();
            j.writeArrayFieldStart("mentions");
            for (Mention m : e.mentions()) {
                j.writeStartObject();
                j.writeStringField("doc", m.doc());
                j.writeNumberField("start", m.start());
                j.writeNumberField("end", m.end());
                j.writeEndObject();
            }
            j.writeEndArray();
            if (e.note() != null) j.writeStringField("note", e.note());
            j.writeEndObject();
        }
        j.writeEndArray();
    }

    public static void writeEdges(JsonGenerator j, KnowledgeGraph g) throws IOException {
        j.writeArrayFieldStart("edges");
        for (Relation r : GraphFacts.edgesInOrder(g)) {
            j.writeStartObject();
            j.writeStringField("id", r.id());
            j.writeStringField("source", g.source(r).id());
            j.writeStringField("target", g.target(r).id());
            j.writeStringField("type", r.type());
            j.writeNumberField("weight", r.weight());
            j.writeArrayFieldStart("evidence");
            for (Evidence ev : r.evidence()) {
                j.writeStartObject();
                j.writeStringField("doc", ev.doc());
                j.writeNumberField("start", ev.start());
                j.writeNumberField("end", ev.end());
                j.writeStringField("text", ev.text());
                if (ev.date() != null) j.writeStringField("date", ev.date());
                j.writeEndObject();
            }
            j.writeEndArray();
            if (r.note() != null) j.writeStringField("note", r.note());
            if (r.manual()) j.writeBooleanField("manual", true);
            j.writeEndObject();
        }
        j.writeEndArray();
    }
}
