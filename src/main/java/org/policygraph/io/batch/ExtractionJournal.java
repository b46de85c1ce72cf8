package org.policygraph.io.batch;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.policygraph.extract.DocumentExtraction;
import org.policygraph.io.GraphJsonWriter;
import org.policygraph.extract.FoundEntity;
import org.policygraph.extract.FoundRelation;
import org.policygraph.model.Document;
import org.policygraph.model.Evidence;
import org.policygraph.model.Mention;

/**
 * One JSON line per extracted document: the document's metadata (no text), its entities with mentions and
 * its relations with evidence sentences. Lines are appended and flushed one at a time, so a crash loses at
 * most the line being written; a torn last line is ignored when reading.
 */
public final class ExtractionJournal implements Closeable {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final BufferedWriter out;

    public ExtractionJournal(Path file) throws IOException {
        boolean torn = endsTorn(file);
        out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        if (torn) out.write('\n'); // a crash left half a line: start the next document on a line of its own
    }

    private static boolean endsTorn(Path file) throws IOException {
        if (!Files.exists(file) || Files.size(file) == 0) return false;
        try (var ch = java.nio.channels.FileChannel.open(file)) {
            java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(1);
            ch.read(b, ch.size() - 1);
            return b.get(0) != '\n';
        }
    }

    public synchronized void append(DocumentExtraction x) throws IOException {
        StringWriter sw = new StringWriter();
        try (JsonGenerator j = FACTORY.createGenerator(sw)) {
            Document d = x.document();
            j.writeStartObject();
            j.writeObjectFieldStart("doc");
            GraphJsonWriter.writeDocumentFields(j, d, UnaryOperator.identity());
            j.writeEndObject();
            j.writeArrayFieldStart("entities");
            for (FoundEntity e : x.entities()) {
                j.writeStartObject();
                j.writeStringField("key", e.key());
                j.writeStringField("label", e.label());
                j.writeStringField("type", e.type());
                j.writeArrayFieldStart("aliases");
                for (String a : e.aliases()) j.writeString(a);
                j.writeEndArray();
                j.writeArrayFieldStart("mentions");
                for (Mention m : e.mentions()) {
                    j.writeStartArray();
                    j.writeNumber(m.start());
                    j.writeNumber(m.end());
                    j.writeString(m.text());
                    j.writeEndArray();
                }
                j.writeEndArray();
                j.writeEndObject();
            }
            j.writeEndArray();
            j.writeArrayFieldStart("relations");
            for (FoundRelation r : x.relations()) {
                j.writeStartObject();
                j.writeStringField("s", r.sourceKey());
                j.writeStringField("t", r.targetKey());
                j.writeStringField("type", r.type());
                j.writeNumberField("start", r.evidence().start());
                j.writeNumberField("end", r.evidence().end());
                j.writeStringField("text", r.evidence().text());
                j.writeEndObject();
            }
            j.writeEndArray();
            j.writeEndObject();
        }
        out.write(sw.toString().replace('\n', ' '));
        out.write('\n');
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    /** Streams the journal back, one document at a time (documents come back without their text). */
    public static int read(Path file, Consumer<DocumentExtraction> sink) throws IOException {
        int n = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) continue;
                JsonNode node;
                try {
                    node = MAPPER.readTree(line);
                } catch (IOException torn) {
                    continue; // the line a crash cut short
                }
                sink.accept(toExtraction(node));
                n++;
            }
        }
        return n;
    }

    private static DocumentExtraction toExtraction(JsonNode n) {
        JsonNode d = n.path("doc");
        Document doc = new Document(d.path("id").asText(), text(d, "title"), text(d, "path"), text(d, "date"), "");
        List<FoundEntity> entities = new ArrayList<>();
        for (JsonNode e : n.path("entities")) {
            LinkedHashSet<String> aliases = new LinkedHashSet<>();
            e.path("aliases").forEach(a -> aliases.add(a.asText()));
            List<Mention> mentions = new ArrayList<>();
            for (JsonNode m : e.path("mentions")) mentions.add(new Mention(doc.id(), m.get(0).asInt(), m.get(1).asInt(), m.get(2).asText()));
            entities.add(new FoundEntity(e.path("key").asText(), e.path("label").asText(), e.path("type").asText(), aliases, mentions));
        }
        List<FoundRelation> relations = new ArrayList<>();
        for (JsonNode r : n.path("relations")) {
            relations.add(new FoundRelation(r.path("s").asText(), r.path("t").asText(), r.path("type").asText(),
                    new Evidence(doc.id(), r.path("start").asInt(), r.path("end").asInt(), r.path("text").asText())));
        }
        return new DocumentExtraction(doc, entities, relations);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
