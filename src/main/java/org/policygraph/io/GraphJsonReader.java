package org.policygraph.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.model.Document;
import org.policygraph.model.Entity;
import org.policygraph.model.Evidence;
import org.policygraph.model.Mention;
import org.policygraph.model.Relation;

/**
 * Reads the graph JSON schema (documents, nodes, edges) into a {@link KnowledgeGraph}, keeping ids, mentions,
 * evidence, notes and manual flags. Each list item is read as a small tree with the line it started on, so a
 * bad item is reported with its line. Other top-level fields are handed back untouched (the project file keeps
 * its positions and views there). Shared by the JSON import and the project file.
 */
public final class GraphJsonReader {
    /** A JSON value and the line it starts on. */
    public record Located(JsonNode node, int line) {
    }

    /** The top-level fields of a graph or project file. */
    public record Parts(List<Located> documents, List<Located> nodes, List<Located> edges, Map<String, Located> other,
                        boolean hasGraphFields) {
    }

    /** Jackson's default 20M-character limit would refuse the clean text of one big PDF in a project file. */
    private static final int MAX_STRING_DEFAULT = 500_000_000;
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_STRING_DEFAULT).build()).build());

    private GraphJsonReader() {
    }

    /** The mapper with the raised string limit, for callers that read the other fields. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Splits a JSON object into its parts; bad JSON becomes a {@link JsonShapeException} with the line. */
    public static Parts readParts(InputStream in) throws JsonShapeException {
        try (JsonParser p = MAPPER.createParser(in)) {
            JsonToken t = p.nextToken();
            if (t == null) throw new JsonShapeException("the file is empty", 0);
            if (t != JsonToken.START_OBJECT) throw new JsonShapeException("expected a JSON object", line(p));
            List<Located> docs = new ArrayList<>(), nodes = new ArrayList<>(), edges = new ArrayList<>();
            Map<String, Located> other = new LinkedHashMap<>();
            boolean graphFields = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken v = p.nextToken();
                List<Located> list = switch (field) {
                    case "documents" -> docs;
                    case "nodes" -> nodes;
                    case "edges" -> edges;
                    default -> null;
                };
                if (list == null) {
                    other.put(field, new Located(p.readValueAsTree(), line(p)));
                    continue;
                }
                graphFields = true;
                if (v != JsonToken.START_ARRAY) throw new JsonShapeException("\"" + field + "\" is not a list", line(p));
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    int line = line(p);
                    JsonNode item = p.readValueAsTree();
                    if (!item.isObject()) throw new JsonShapeException("an item of \"" + field + "\" is not an object", line);
                    list.add(new Located(item, line));
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT) throw new JsonShapeException("unexpected content", line(p));
            if (p.nextToken() != null) throw new JsonShapeException("unexpected content after the end", line(p));
            return new Parts(docs, nodes, edges, other, graphFields);
        } catch (JsonEOFException e) {
            throw new JsonShapeException("the file ends early (truncated?)", e.getLocation() == null ? 0 : e.getLocation().getLineNr());
        } catch (JsonProcessingException e) {
            String msg = e.getOriginalMessage();
            msg = msg == null ? "invalid JSON" : msg.lines().findFirst().orElse("invalid JSON");
            if (msg.length() > 120) msg = msg.substring(0, 117) + "...";
            throw new JsonShapeException("invalid JSON (" + msg + ")", e.getLocation() == null ? 0 : e.getLocation().getLineNr());
        } catch (JsonShapeException e) {
            throw e;
        } catch (IOException e) {
            throw new JsonShapeException("cannot read (" + e.getMessage() + ")", 0);
        }
    }

    private static int line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }

    /**
     * Builds a graph from the parts. Documents keep their "text" when present (project files), else get empty
     * text; {@code paths} maps each stored document path (relative paths, relocations).
     */
    public static KnowledgeGraph build(Parts parts, UnaryOperator<String> paths) throws JsonShapeException {
        KnowledgeGraph g = new KnowledgeGraph();
        Map<String, Document> docs = new HashMap<>();
        for (Located l : parts.documents()) {
            JsonNode d = l.node();
            String id = requiredText(d, "id", "a document", l.line());
            String path = text(d, "path");
            Document stored = g.addDocument(new Document(id, text(d, "title"), path == null ? null : paths.apply(path),
                    text(d, "date"), d.path("text").asText("")));
            docs.put(id, stored);
        }
        Map<String, Entity> entities = new HashMap<>();
        for (Located l : parts.nodes()) {
            Entity e = entity(l, docs);
            if (entities.putIfAbsent(e.id(), e) != null) throw new JsonShapeException("two nodes have the id \"" + e.id() + "\"", l.line());
            g.restoreEntity(e);
        }
        Set<String> edgeIds = new HashSet<>();
        for (Located l : parts.edges()) {
            String id = text(l.node(), "id");
            if (id != null && !edgeIds.add(id)) throw new JsonShapeException("two edges have the id \"" + id + "\"", l.line());
        }
        long next = 0;
        for (Located l : parts.edges()) {
            JsonNode n = l.node();
            String id = text(n, "id");
            if (id == null) {
                do id = "e" + ++next; while (edgeIds.contains(id));
                edgeIds.add(id);
            }
            Entity s = endpoint(n, "source", entities, l.line());
            Entity t = endpoint(n, "target", entities, l.line());
            if (s.equals(t)) throw new JsonShapeException("edge \"" + id + "\" links \"" + s.id() + "\" to itself", l.line());
            Relation r = new Relation(id, requiredText(n, "type", "an edge", l.line()));
            for (JsonNode ev : n.path("evidence")) {
                int[] span = span(ev, "evidence of edge \"" + id + "\"", l.line());
                String doc = requiredText(ev, "doc", "evidence of edge \"" + id + "\"", l.line());
                r.addEvidence(new Evidence(doc, span[0], span[1], text(ev, "text"), text(ev, "date")));
            }
            r.setNote(text(n, "note"));
            r.setManual(n.path("manual").asBoolean(false));
            g.restoreRelation(r, s, t);
        }
        return g;
    }

    private static Entity entity(Located l, Map<String, Document> docs) throws JsonShapeException {
        JsonNode n = l.node();
        String id = requiredText(n, "id", "a node", l.line());
        String label = text(n, "label");
        Entity e = new Entity(id, label == null || label.isBlank() ? id : label, requiredText(n, "type", "node \"" + id + "\"", l.line()));
        for (JsonNode a : n.path("aliases")) e.addAlias(a.asText());
        for (JsonNode m : n.path("mentions")) {
            String what = "a mention of node \"" + id + "\"";
            String doc = requiredText(m, "doc", what, l.line());
            int[] span = span(m, what, l.line());
            String text = text(m, "text");
            Document d = docs.get(doc);
            if (text == null && d != null && span[1] <= d.text().length()) text = d.text().substring(span[0], span[1]);
            e.addMention(new Mention(doc, span[0], span[1], text));
        }
        e.setNote(text(n, "note"));
        return e;
    }

    private static Entity endpoint(JsonNode n, String field, Map<String, Entity> entities, int line) throws JsonShapeException {
        String id = requiredText(n, field, "an edge", line);
        Entity e = entities.get(id);
        if (e == null) throw new JsonShapeException("edge " + field + " \"" + id + "\" is not a node", line);
        return e;
    }

    private static int[] span(JsonNode n, String what, int line) throws JsonShapeException {
        JsonNode s = n.get("start"), e = n.get("end");
        if (s == null || e == null || !s.canConvertToInt() || !e.canConvertToInt()) {
            throw new JsonShapeException(what + " lacks whole-number \"start\" and \"end\"", line);
        }
        if (s.asInt() < 0 || e.asInt() < s.asInt()) throw new JsonShapeException(what + " has a bad span " + s.asInt() + ".." + e.asInt(), line);
        return new int[] {s.asInt(), e.asInt()};
    }

    private static String requiredText(JsonNode n, String field, String what, int line) throws JsonShapeException {
        String v = text(n, field);
        if (v == null || v.isEmpty()) throw new JsonShapeException(what + " has no \"" + field + "\"", line);
        return v;
    }

    /** The field as text, or null when missing or null. */
    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
