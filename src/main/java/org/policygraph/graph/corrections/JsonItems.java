package org.policygraph.graph.corrections;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Shared reading and writing of our user files, shaped {"list":[{...},{...}], ...}: each item is read with the
 * line it starts on, so a problem becomes one line naming file, item and line; items are written one per line,
 * so the file stays readable and diffs well.
 */
final class JsonItems {
    static final ObjectMapper MAPPER = new ObjectMapper();

    /** One object of a list, with where it sits for messages. */
    record Item(ObjectNode node, String where) {
        String text(String field) throws CorrectionsException {
            String s = optText(field);
            if (s == null) throw new CorrectionsException(where + ": missing field \"" + field + "\"");
            return s;
        }

        String optText(String field) throws CorrectionsException {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) return null;
            if (!v.isTextual()) throw new CorrectionsException(where + ": field \"" + field + "\" must be text");
            return v.asText();
        }

        List<String> texts(String field, boolean required) throws CorrectionsException {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                if (required) throw new CorrectionsException(where + ": missing field \"" + field + "\"");
                return List.of();
            }
            if (v.isTextual()) return List.of(v.asText());
            if (!v.isArray()) throw new CorrectionsException(where + ": field \"" + field + "\" must be a list of names");
            List<String> out = new ArrayList<>();
            for (JsonNode x : v) {
                if (!x.isTextual()) throw new CorrectionsException(where + ": field \"" + field + "\" must be a list of names");
                out.add(x.asText());
            }
            return out;
        }

        boolean has(String field) { return node.hasNonNull(field); }

        /** Rejects fields this item does not know, so a typo is reported instead of silently ignored. */
        void allowOnly(Set<String> fields) throws CorrectionsException {
            for (var it = node.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!fields.contains(f)) throw new CorrectionsException(where + ": unknown field \"" + f + "\"");
            }
        }
    }

    private JsonItems() {
    }

    static String readText(Path file) throws CorrectionsException {
        try {
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new CorrectionsException(file + ": file not found");
        } catch (MalformedInputException e) {
            throw new CorrectionsException(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new CorrectionsException(file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * The items of each named top-level list present in the file. Other top-level
     * fields are skipped so a project file can embed these lists beside its own data.
     *
     * @param itemName how an item is called in messages, e.g. "correction"
     */
    static Map<String, List<Item>> read(String text, String source, List<String> lists, String itemName)
            throws CorrectionsException {
        Map<String, List<Item>> out = new LinkedHashMap<>();
        try (JsonParser p = new JsonFactory().createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new CorrectionsException(source + ": expected a JSON object {\"" + lists.get(0) + "\":[...]}");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (!lists.contains(field)) {
                    p.skipChildren();
                    continue;
                }
                List<Item> items = out.computeIfAbsent(field, f -> new ArrayList<>());
                if (value != JsonToken.START_ARRAY) throw new CorrectionsException(source + ": \"" + field + "\" must be a list");
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    int line = p.currentTokenLocation().getLineNr();
                    String where = source + ": " + itemName + " " + (items.size() + 1) + " (line " + line + ")";
                    JsonNode node = MAPPER.readTree(p);
                    if (!(node instanceof ObjectNode o)) throw new CorrectionsException(where + ": expected an object {...}");
                    items.add(new Item(o, where));
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT) throw new CorrectionsException(source + ": bad JSON");
            if (p.nextToken() != null) {
                throw new CorrectionsException(source + ": bad JSON at line " + p.currentTokenLocation().getLineNr()
                        + ": text after the end of the object");
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            String why = e.getOriginalMessage() == null ? "syntax error" : e.getOriginalMessage().lines().findFirst().orElse("");
            int noise = why.indexOf(" (start marker at");
            if (noise > 0) why = why.substring(0, noise); // Jackson's source position: we already give the line
            throw new CorrectionsException(source + ": bad JSON at line " + line + ": " + why, e);
        } catch (IOException e) {
            throw new CorrectionsException(source + ": cannot be read (" + e.getClass().getSimpleName() + ")", e);
        }
        return out;
    }

    /** Writes {"name":[item,\n item], ...} with one compact item per line; field order as given. */
    static String write(Map<String, List<ObjectNode>> lists) {
        StringBuilder sb = new StringBuilder("{");
        boolean firstList = true;
        for (Map.Entry<String, List<ObjectNode>> l : lists.entrySet()) {
            if (!firstList) sb.append(',');
            firstList = false;
            sb.append("\n\"").append(l.getKey()).append("\":[");
            List<ObjectNode> items = l.getValue();
            for (int i = 0; i < items.size(); i++) {
                sb.append("\n  ").append(items.get(i).toString());
                if (i < items.size() - 1) sb.append(',');
            }
            sb.append(items.isEmpty() ? "]" : "\n]");
        }
        return sb.append("\n}\n").toString();
    }

    static ObjectNode object() { return MAPPER.createObjectNode(); }

    static ArrayNode array(List<String> values) {
        ArrayNode a = MAPPER.createArrayNode();
        values.forEach(a::add);
        return a;
    }
}
