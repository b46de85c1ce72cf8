package org.policygraph.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.policygraph.model.EntityType;

/**
 * Entity and relation types with their colours and shapes, read from ontology.json (a resource a user file
 * can extend). Unknown types get a neutral grey so user-added types always draw.
 */
public final class Ontology {
    /** How an edge of a relation type is drawn. */
    public record RelationStyle(String name, String label, String color, boolean dashed) {
    }

    private static final String RESOURCE = "/org/policygraph/extract/ontology.json";
    private static final Ontology DEFAULT = load();
    private final Map<String, EntityType> types = new LinkedHashMap<>();
    private final Map<String, RelationStyle> relations = new LinkedHashMap<>();

    public static Ontology defaults() {
        return DEFAULT;
    }

    private static Ontology load() {
        try (InputStream in = Ontology.class.getResourceAsStream(RESOURCE)) {
            Ontology o = new Ontology();
            o.read(new ObjectMapper().readTree(in));
            return o;
        } catch (IOException e) {
            throw new UncheckedIOException("ontology resource missing", e);
        }
    }

    /** The defaults extended by a user's ontology file (same JSON shape). */
    public static Ontology withUserFile(Path file) throws IOException {
        Ontology o = new Ontology();
        o.types.putAll(DEFAULT.types);
        o.relations.putAll(DEFAULT.relations);
        o.read(new ObjectMapper().readTree(Files.readString(file)));
        return o;
    }

    private void read(JsonNode root) {
        for (JsonNode t : root.path("entityTypes")) {
            String name = t.path("name").asText();
            types.put(name, new EntityType(name, t.path("label").asText(name), t.path("color").asText("#888888"),
                    t.path("shape").asText("circle"), t.path("core").asBoolean(false)));
        }
        for (JsonNode r : root.path("relationTypes")) {
            String name = r.path("name").asText();
            relations.put(name, new RelationStyle(name, r.path("label").asText(name), r.path("color").asText("#777777"),
                    r.path("dash").asBoolean(false)));
        }
    }

    public Collection<EntityType> entityTypes() { return Collections.unmodifiableCollection(types.values()); }
    public Collection<RelationStyle> relationTypes() { return Collections.unmodifiableCollection(relations.values()); }

    public EntityType entityType(String name) {
        EntityType t = types.get(name);
        return t != null ? t : new EntityType(name, name, "#888888", "circle", false);
    }

    public RelationStyle relationStyle(String name) {
        RelationStyle r = relations.get(name);
        return r != null ? r : new RelationStyle(name, name.toLowerCase().replace('_', ' '), "#777777", false);
    }

    public String color(String entityType) { return entityType(entityType).color(); }

    public List<String> typeNames() { return new ArrayList<>(types.keySet()); }
}
