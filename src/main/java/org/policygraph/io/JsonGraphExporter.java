package org.policygraph.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.model.Document;

/**
 * The JSON export, the contract other tools rely on:
 * {"documents":[{id,title,path,date}], "nodes":[{id,label,type,aliases,mentions:[{doc,start,end}]}],
 * "edges":[{id,source,target,type,weight,evidence:[{doc,start,end,text}]}]}. Streamed, so big graphs need no DOM.
 * {@link JsonGraphImporter} reads it back.
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
                GraphJsonWriter.writeDocumentFields(j, d, UnaryOperator.identity());
                j.writeEndObject();
            }
            j.writeEndArray();
            GraphJsonWriter.writeNodes(j, g);
            GraphJsonWriter.writeEdges(j, g);
            j.writeEndObject();
        }
    }

    @Override
    public void write(KnowledgeGraph g, Path out) throws IOException {
        AtomicFiles.write(out, os -> write(g, os));
    }
}
