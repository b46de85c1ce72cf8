package org.policygraph.graph.corrections;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.policygraph.extract.GazetteerEntry;
import org.policygraph.graph.corrections.JsonItems.Item;
import org.policygraph.model.EntityType;

/**
 * The user gazetteer file: {"entityTypes":[{"name","label","color","shape","core"}],
 * "entities":[{"name","type","aliases":[...]}]} (an entity may also give the extractor's optional "parent" and
 * "demonyms"), one item per line. Both lists are optional; a missing type label, colour or shape gets the same
 * defaults the ontology uses.
 */
public final class UserGazetteerJson {
    private static final String TYPES = "entityTypes";
    private static final String ENTITIES = "entities";

    private UserGazetteerJson() {
    }

    public static UserGazetteer read(Path file) throws CorrectionsException {
        return parse(JsonItems.readText(file), file.toString());
    }

    public static UserGazetteer parse(String json, String source) throws CorrectionsException {
        Map<String, List<Item>> lists = JsonItems.read(json, source, List.of(TYPES, ENTITIES), "entry");
        List<EntityType> types = new ArrayList<>();
        for (Item it : lists.getOrDefault(TYPES, List.of())) {
            it.allowOnly(Set.of("name", "label", "color", "shape", "core"));
            String name = it.text("name");
            JsonNode core = it.node().get("core");
            if (core != null && !core.isBoolean()) throw new CorrectionsException(it.where() + ": field \"core\" must be true or false");
            types.add(new EntityType(name, orElse(it.optText("label"), name), orElse(it.optText("color"), "#888888"),
                    orElse(it.optText("shape"), "circle"), core != null && core.asBoolean()));
        }
        List<GazetteerEntry> entities = new ArrayList<>();
        for (Item it : lists.getOrDefault(ENTITIES, List.of())) {
            it.allowOnly(Set.of("name", "type", "aliases", "parent", "demonyms"));
            entities.add(new GazetteerEntry(it.text("name"), it.text("type"), it.texts("aliases", false),
                    it.optText("parent"), it.texts("demonyms", false)));
        }
        return new UserGazetteer(types, entities);
    }

    public static String toJson(UserGazetteer g) {
        List<ObjectNode> types = new ArrayList<>();
        for (EntityType t : g.entityTypes()) {
            ObjectNode o = JsonItems.object();
            o.put("name", t.name()).put("label", t.label()).put("color", t.color()).put("shape", t.shape()).put("core", t.core());
            types.add(o);
        }
        List<ObjectNode> entities = new ArrayList<>();
        for (GazetteerEntry e : g.entities()) {
            ObjectNode o = JsonItems.object();
            o.put("name", e.name()).put("type", e.type());
            o.set("aliases", JsonItems.array(e.aliases()));
            if (e.parent() != null) o.put("parent", e.parent());
            if (!e.demonyms().isEmpty()) o.set("demonyms", JsonItems.array(e.demonyms()));
            entities.add(o);
        }
        Map<String, List<ObjectNode>> lists = new LinkedHashMap<>();
        lists.put(TYPES, types);
        lists.put(ENTITIES, entities);
        return JsonItems.write(lists);
    }

    private static String orElse(String s, String fallback) {
        return s == null || s.isBlank() ? fallback : s;
    }
}
