package org.policygraph.graph.corrections;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.policygraph.graph.corrections.JsonItems.Item;

/**
 * The corrections file: {"corrections":[{"op":"merge","into":...,"from":[...]}, ...]}, one correction per line,
 * fields in a stable order (op, then the record's components; absent optional fields left out). Reading is
 * strict: an unknown op or field, a missing field or bad JSON is a {@link CorrectionsException} naming the file,
 * the correction and its line. Save with io.AtomicFiles so a crash never leaves half a file.
 */
public final class CorrectionsJson {
    static final String LIST = "corrections";
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private CorrectionsJson() {
    }

    public static CorrectionSet read(Path file) throws CorrectionsException {
        return parse(JsonItems.readText(file), file.toString());
    }

    /** Parses corrections text; {@code source} names it in messages (a file name). */
    public static CorrectionSet parse(String json, String source) throws CorrectionsException {
        Map<String, List<Item>> lists = JsonItems.read(json, source, List.of(LIST), "correction");
        if (!lists.containsKey(LIST)) throw new CorrectionsException(source + ": missing field \"" + LIST + "\"");
        List<Correction> out = new ArrayList<>();
        for (Item item : lists.get(LIST)) out.add(correction(item));
        return new CorrectionSet(out);
    }

    /** The corrections as plain maps, for a project file that stores them as free-form JSON objects. */
    public static List<Map<String, Object>> toMaps(CorrectionSet set) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Correction c : set.corrections()) out.add(JsonItems.MAPPER.convertValue(toNode(c), MAP));
        return out;
    }

    /** Reads corrections kept as plain maps (a project file); {@code source} names the file in messages. */
    public static CorrectionSet fromMaps(List<Map<String, Object>> maps, String source) throws CorrectionsException {
        List<Correction> out = new ArrayList<>();
        for (Map<String, Object> m : maps) {
            ObjectNode node = JsonItems.MAPPER.valueToTree(m);
            out.add(correction(new Item(node, source + ": correction " + (out.size() + 1))));
        }
        return new CorrectionSet(out);
    }

    public static String toJson(CorrectionSet set) {
        List<ObjectNode> items = new ArrayList<>();
        for (Correction c : set.corrections()) items.add(toNode(c));
        Map<String, List<ObjectNode>> lists = new LinkedHashMap<>();
        lists.put(LIST, items);
        return JsonItems.write(lists);
    }

    /** One correction as a JSON object: op first, then the record's components in declaration order. */
    static ObjectNode toNode(Correction c) {
        ObjectNode o = JsonItems.object();
        o.put("op", c.op());
        for (RecordComponent rc : c.getClass().getRecordComponents()) {
            Object v;
            try {
                v = rc.getAccessor().invoke(c);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + rc, e);
            }
            if (v instanceof String s) {
                o.put(rc.getName(), s);
            } else if (v instanceof List<?> l) {
                if (!l.isEmpty() || c instanceof Correction.Merge) o.set(rc.getName(), JsonItems.array(l.stream().map(String::valueOf).toList()));
            } else if (v != null) {
                throw new IllegalStateException("unexpected field type in " + rc);
            }
        }
        return o;
    }

    private static Correction correction(Item it) throws CorrectionsException {
        String op = it.text("op");
        Correction c = switch (op) {
            case "merge" -> new Correction.Merge(it.text("into"), nonEmpty(it, "from"));
            case "rename" -> new Correction.Rename(it.text("entity"), it.text("to"));
            case "retype" -> new Correction.Retype(it.text("entity"), it.text("type"));
            case "addAlias" -> new Correction.AddAlias(it.text("entity"), it.text("alias"));
            case "removeAlias" -> new Correction.RemoveAlias(it.text("entity"), it.text("alias"));
            case "splitAlias" -> new Correction.SplitAlias(it.text("entity"), it.text("alias"));
            case "delete" -> new Correction.Delete(it.text("entity"));
            case "addEntity" -> new Correction.AddEntity(it.text("label"), it.text("type"), it.texts("aliases", false));
            case "addRelation" -> new Correction.AddRelation(it.text("source"), it.text("target"), it.text("type"),
                    it.optText("note"));
            case "deleteRelation" -> new Correction.DeleteRelation(it.text("source"), it.text("target"), it.text("type"));
            case "retypeRelation" -> new Correction.RetypeRelation(it.text("source"), it.text("target"), it.text("type"),
                    it.text("to"));
            case "note" -> it.has("entity") || !it.has("source")
                    ? new Correction.EntityNote(it.text("entity"), it.optText("note"))
                    : new Correction.RelationNote(it.text("source"), it.text("target"), it.text("type"), it.optText("note"));
            default -> throw new CorrectionsException(it.where() + ": unknown op \"" + op + "\" (use " + OPS + ")");
        };
        it.allowOnly(fieldsOf(c));
        return c;
    }

    private static final String OPS = "merge, rename, retype, addAlias, removeAlias, splitAlias, delete, addEntity, "
            + "addRelation, deleteRelation, retypeRelation or note";

    private static List<String> nonEmpty(Item it, String field) throws CorrectionsException {
        List<String> l = it.texts(field, true);
        if (l.isEmpty()) throw new CorrectionsException(it.where() + ": field \"" + field + "\" is empty");
        return l;
    }

    private static Set<String> fieldsOf(Correction c) {
        Set<String> names = new java.util.HashSet<>();
        names.add("op");
        for (RecordComponent rc : c.getClass().getRecordComponents()) names.add(rc.getName());
        return names;
    }
}
