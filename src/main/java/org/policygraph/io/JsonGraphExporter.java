package org.policygraph.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.model.Document;
import org.policygraph.model.Entity;
import org.policygraph.model.Evidence;
import org.policygraph.model.Mention;
import org.policygraph.model.Relation;

/**
 * The JSON export, the contract other tools rely on:
 * {"documents":[{id,title,path,date}], "nodes":[{id,label,type,aliases,mentions:[{doc,start,end}]}],
 * "edges":[{source,target,type,weight,evidence:[{doc,start,end,text}]}]}. Streamed, so big graphs need no DOM.
 */
public final class JsonGraphExporter implements GraphExporter {
    private static final JsonFactory FACTORY = new JsonFactory();

    @Override
    public void write(KnowledgeGraph g, OutputStream out) throws IOException {
        try (JsonGenerator j = FACTORY.createGenerator(new NonClosing(out), JsonEncoding.UTF8)) {
            j.useDefaultPrettyPrinter();
            j.writeStartObject();
            j.writeArrayFieldStart("documents");
            for (Document d : g.documents()) {
                j.writeStartObject();
                j.writeStringField("id", d.id());
                j.writeStringField("title", d.title());
                j.writeStringField("path", d.path());
                j.writeStringField("date", d.date());
                j.writeEndObject();
            }
            j.writeEndArray();
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
            j.writeArrayFieldStart("edges");
            List<Relation> edges = g.relations().stream().sorted(Comparator.comparing(Relation::id, JsonGraphExporter::byNumber)).toList();
            for (Relation r : edges) {
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
            j.writeEndObject();
        }
    }

    @Override
    public void write(KnowledgeGraph g, Path out) throws IOException {
        AtomicFiles.write(out, os -> write(g, os));
    }

    private static int byNumber(String a, String b) {
        if (a.length() != b.length()) return Integer.compare(a.length(), b.length());
        return a.compareTo(b);
    }
}
