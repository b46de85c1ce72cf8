package org.policygraph.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;

import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.model.Entity;
import org.policygraph.model.Relation;

/**
 * Reads a graph exported from Neo4j with APOC ({@code CALL apoc.export.json.all("graph.json", {})}, JSON lines or
 * {@code jsonFormat: 'ARRAY_JSON'}), so a graph sent to Neo4j by {@link Neo4jExporter} and edited there comes
 * back. Node ids, labels, types and aliases come from the properties our export wrote (other databases: the
 * "name" property and the first label that is not Entity). Neo4j keeps no sentences, so edges return without
 * evidence.
 */
final class Neo4jJsonReader {
    private Neo4jJsonReader() {
    }

    /** Whether a parser's first object looks like an APOC record ({"type":"node"|"relationship",...}). */
    static boolean looksLikeApoc(JsonParser p) throws IOException {
        JsonToken t = p.nextToken();
        if (t == JsonToken.START_ARRAY) t = p.nextToken();
        if (t != JsonToken.START_OBJECT) return false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken v = p.nextToken();
            if (field.equals("type")) return v == JsonToken.VALUE_STRING && (p.getText().equals("node") || p.getText().equals("relationship"));
            if (field.equals("documents") || field.equals("nodes") || field.equals("edges")) return false;
            p.skipChildren();
        }
        return false;
    }

    static KnowledgeGraph read(InputStream in) throws JsonShapeException {
        KnowledgeGraph g = new KnowledgeGraph();
        Map<String, Entity> byNeoId = new HashMap<>();
        long edges = 0;
        try (JsonParser p = GraphJsonReader.mapper().createParser(in)) {
            JsonToken t = p.nextToken();
            boolean array = t == JsonToken.START_ARRAY;
            if (array) t = p.nextToken();
            while (t != null && t != JsonToken.END_ARRAY) {
                int line = p.currentTokenLocation().getLineNr();
                JsonNode rec = p.readValueAsTree();
                if (rec == null || !rec.isObject()) throw new JsonShapeException("a Neo4j record is not an object", line);
                String kind = rec.path("type").asText();
                if (kind.equals("node")) {
                    Entity e = node(rec, line);
                    if (g.entity(e.id()).isPresent()) throw new JsonShapeException("two nodes have the id \"" + e.id() + "\"", line);
                    g.restoreEntity(e);
                    byNeoId.put(rec.path("id").asText(), e);
                } else if (kind.equals("relationship")) {
                    Entity s = byNeoId.get(rec.path("start").path("id").asText());
                    Entity e = byNeoId.get(rec.path("end").path("id").asText());
                    if (s == null || e == null) throw new JsonShapeException("a relationship ends at a node not seen before it", line);
                    String type = rec.path("label").asText("");
                    if (type.isEmpty()) throw new JsonShapeException("a relationship has no type (\"label\")", line);
                    if (!s.equals(e)) g.restoreRelation(new Relation("e" + ++edges, type), s, e);
                } else {
                    throw new JsonShapeException("a Neo4j record of unknown type \"" + kind + "\"", line);
                }
                t = p.nextToken();
            }
        } catch (JsonProcessingException e) {
            throw new JsonShapeException("invalid JSON in the Neo4j export", e.getLocation() == null ? 0 : e.getLocation().getLineNr());
        } catch (JsonShapeException e) {
            throw e;
        } catch (IOException e) {
            throw new JsonShapeException("cannot read (" + e.getMessage() + ")", 0);
        }
        return g;
    }

    private static Entity node(JsonNode rec, int line) throws JsonShapeException {
        JsonNode props = rec.path("properties");
        String neoId = rec.path("id").asText("");
        String id = GraphJsonReader.text(props, "id");
        if (id == null || id.isEmpty()) id = "n" + neoId;
        String type = GraphJsonReader.text(props, "type");
        if (type == null) {
            for (JsonNode l : rec.path("labels")) {
                if (!l.asText().equals("Entity")) {
                    type = l.asText();
                    break;
                }
            }
        }
        if (type == null) throw new JsonShapeException("node \"" + id + "\" has no type (no label besides Entity)", line);
        String label = GraphJsonReader.text(props, "label");
        if (label == null) label = GraphJsonReader.text(props, "name");
        Entity e = new Entity(id, label == null || label.isBlank() ? id : label, type);
        for (JsonNode a : props.path("aliases")) e.addAlias(a.asText());
        return e;
    }
}
