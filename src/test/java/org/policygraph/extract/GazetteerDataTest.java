package org.policygraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the built-in gazetteer JSON files as data: they parse, every entry is well-formed, and no surface
 * form (name, alias or demonym) points at two different entities, because the extractor could not tell
 * which one a mention means. Collisions are compared case-insensitively for the same reason.
 */
class GazetteerDataTest {

    private static final String FOLDER = "/org/policygraph/extract/gazetteer/";
    private static final Set<String> TYPES = Set.of(
            "AGENCY", "LAW", "OPERATION", "COUNTRY", "PERSON", "ORGANIZATION", "DRUG", "MARKETPLACE");
    private static final Set<String> FIELDS = Set.of("name", "type", "aliases", "parent", "demonyms");
    /** Files in the folder that are not entry files: the index itself and the list of blocked phrases. */
    private static final Set<String> NOT_ENTRY_FILES = Set.of("index.json", "not-entities.json");

    /** One gazetteer entry plus the file it came from, for messages. */
    private record Entry(String file, String name, String type, List<String> aliases, List<String> demonyms,
                         String parent) {
        List<String> surfaceForms() {
            List<String> all = new ArrayList<>();
            all.add(name);
            all.addAll(aliases);
            all.addAll(demonyms);
            return all;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static List<String> indexedFiles;
    private static List<Entry> entries;
    private static Map<String, Entry> byName;

    @BeforeAll
    static void load() throws IOException {
        indexedFiles = new ArrayList<>();
        JSON.readTree(resource("index.json")).get("files").forEach(f -> indexedFiles.add(f.asText()));
        entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String file : indexedFiles) {
            JsonNode root = JSON.readTree(resource(file));
            JsonNode list = root.get("entries");
            if (list == null || !list.isArray() || list.isEmpty()) {
                problems.add(file + ": no \"entries\" array");
                continue;
            }
            for (JsonNode node : list) {
                Entry e = toEntry(file, node, problems);
                if (e != null) {
                    entries.add(e);
                }
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
        byName = new HashMap<>();
        entries.forEach(e -> byName.put(e.name(), e));
    }

    private static InputStream resource(String file) {
        InputStream in = GazetteerDataTest.class.getResourceAsStream(FOLDER + file);
        assertNotNull(in, "missing resource " + FOLDER + file);
        return in;
    }

    private static Entry toEntry(String file, JsonNode node, List<String> problems) {
        String where = file + ": " + node;
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!FIELDS.contains(field)) {
                problems.add(where + " has unknown field " + field);
            }
        }
        String name = text(node, "name");
        String type = text(node, "type");
        if (name == null || type == null) {
            problems.add(where + " lacks a name or type");
            return null;
        }
        String parent = text(node, "parent");
        return new Entry(file, name, type, strings(node, "aliases", where, problems),
                strings(node, "demonyms", where, problems), parent);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> strings(JsonNode node, String field, String where, List<String> problems) {
        List<String> out = new ArrayList<>();
        JsonNode v = node.get(field);
        if (v == null) {
            return out;
        }
        if (!v.isArray()) {
            problems.add(where + ": " + field + " is not an array");
            return out;
        }
        v.forEach(s -> {
            if (!s.isTextual()) {
                problems.add(where + ": " + field + " holds a non-string " + s);
            } else {
                out.add(s.asText());
            }
        });
        return out;
    }

    private static String key(String surface) {
        return surface.toLowerCase(Locale.ROOT);
    }

    @Test
    void indexListsExactlyTheEntryFilesInTheFolder() throws IOException, URISyntaxException {
        URL url = GazetteerDataTest.class.getResource(FOLDER + "index.json");
        assertNotNull(url);
        Path folder = Path.of(url.toURI()).getParent();
        Set<String> onDisk = new TreeSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json") && !NOT_ENTRY_FILES.contains(n))
                    .forEach(onDisk::add);
        }
        assertEquals(onDisk, new TreeSet<>(indexedFiles));
        assertEquals(indexedFiles.size(), new HashSet<>(indexedFiles).size(), "index lists a file twice");
    }

    @Test
    void everyEntryHasAnAllowedTypeAndCleanStrings() {
        List<String> bad = new ArrayList<>();
        for (Entry e : entries) {
            if (!TYPES.contains(e.type())) {
                bad.add(e.file() + ": " + e.name() + " has type " + e.type());
            }
            for (String s : e.surfaceForms()) {
                if (s.isBlank() || !s.equals(s.strip()) || s.contains("  ")) {
                    bad.add(e.file() + ": " + e.name() + " has blank or badly spaced string '" + s + "'");
                }
            }
            if (e.parent() != null && (e.parent().isBlank() || e.parent().equals(e.name()))) {
                bad.add(e.file() + ": " + e.name() + " has a bad parent '" + e.parent() + "'");
            }
            if (!e.demonyms().isEmpty() && !e.type().equals("COUNTRY")) {
                bad.add(e.file() + ": " + e.name() + " has demonyms but is not a COUNTRY");
            }
        }
        assertTrue(bad.isEmpty(), () -> String.join("\n", bad));
    }

    @Test
    void namesAreUnique() {
        Map<String, Entry> seen = new HashMap<>();
        List<String> dups = new ArrayList<>();
        for (Entry e : entries) {
            Entry before = seen.putIfAbsent(key(e.name()), e);
            if (before != null) {
                dups.add(e.name() + " in " + e.file() + " and " + before.file());
            }
        }
        assertTrue(dups.isEmpty(), () -> "duplicate names:\n" + String.join("\n", dups));
    }

    @Test
    void noSurfaceFormBelongsToTwoEntries() {
        Map<String, Entry> owner = new LinkedHashMap<>();
        List<String> clashes = new ArrayList<>();
        for (Entry e : entries) {
            Set<String> own = new HashSet<>();
            for (String s : e.surfaceForms()) {
                String k = key(s);
                if (!own.add(s)) {
                    clashes.add(e.file() + ": " + e.name() + " lists '" + s + "' twice");
                }
                Entry other = owner.putIfAbsent(k, e);
                if (other != null && other != e) {
                    clashes.add("'" + s + "' is claimed by " + other.name() + " (" + other.file() + ") and "
                            + e.name() + " (" + e.file() + ")");
                }
            }
        }
        assertTrue(clashes.isEmpty(), () -> String.join("\n", clashes));
    }

    @Test
    void everyParentIsAnEntryAndChainsEndWithoutCycles() {
        List<String> bad = new ArrayList<>();
        for (Entry e : entries) {
            Set<String> visited = new HashSet<>();
            Entry at = e;
            while (at.parent() != null) {
                if (!visited.add(at.name())) {
                    bad.add(e.name() + " has a parent cycle through " + at.name());
                    break;
                }
                Entry next = byName.get(at.parent());
                if (next == null) {
                    bad.add(at.name() + " (" + at.file() + ") names unknown parent '" + at.parent() + "'");
                    break;
                }
                at = next;
            }
        }
        assertTrue(bad.isEmpty(), () -> String.join("\n", bad));
    }

    @Test
    void coversTheEntitiesTheExtractorLeansOn() {
        assertEquals("Drug Enforcement Administration", ownerOf("DEA").name());
        assertEquals("U.S. Department of Justice", ownerOf("DEA").parent());
        assertEquals("Netherlands", ownerOf("Dutch").name());
        assertEquals("United States", ownerOf("American").name());
        assertEquals("United Kingdom", ownerOf("British").name());
        assertEquals("Myanmar", ownerOf("Burma").name());
        assertEquals("Jalisco New Generation Cartel", ownerOf("CJNG").name());
        assertEquals("DRUG", ownerOf("ANPP").type());
        assertEquals("MARKETPLACE", ownerOf("AlphaBay").type());
        assertEquals("LAW", ownerOf("SUPPORT Act").type());
        assertEquals("Senate Caucus on International Narcotics Control", ownerOf("Senate Drug Caucus").name());
        assertEquals(List.of("U.S. Immigration and Customs Enforcement", "U.S. Department of Homeland Security"),
                ancestors("Homeland Security Investigations"));
        long countries = entries.stream().filter(e -> e.type().equals("COUNTRY")).count();
        assertTrue(countries >= 197, "expected every sovereign country, found " + countries);
        for (String region : List.of("Latin America", "Europe", "Southeast Asia", "opioids", "synthetic drugs")) {
            assertFalse(entries.stream().anyMatch(e -> e.surfaceForms().contains(region)),
                    region + " must not be an entity");
        }
    }

    @Test
    void blockedPhrasesAreCleanAndNeverAnEntity() throws IOException {
        JsonNode phrases = JSON.readTree(resource("not-entities.json")).get("phrases");
        assertNotNull(phrases, "not-entities.json lacks \"phrases\"");
        Set<String> entityForms = new HashSet<>();
        entries.forEach(e -> e.surfaceForms().forEach(s -> entityForms.add(key(s))));
        Set<String> seen = new HashSet<>();
        List<String> bad = new ArrayList<>();
        for (JsonNode p : phrases) {
            String s = p.asText();
            if (!p.isTextual() || s.isBlank() || !s.equals(s.strip())) {
                bad.add("bad phrase '" + p + "'");
            } else if (!seen.add(key(s))) {
                bad.add("phrase listed twice: " + s);
            } else if (entityForms.contains(key(s))) {
                bad.add("phrase is also a gazetteer name or alias: " + s);
            }
        }
        assertTrue(bad.isEmpty(), () -> String.join("\n", bad));
        assertTrue(seen.contains(key("Latin America")), "Latin America must be blocked");
    }

    private static Entry ownerOf(String surface) {
        return entries.stream()
                .filter(e -> e.surfaceForms().stream().anyMatch(s -> key(s).equals(key(surface))))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no entry for " + surface));
    }

    private static List<String> ancestors(String name) {
        List<String> chain = new ArrayList<>();
        for (Entry at = byName.get(name); at != null && at.parent() != null; at = byName.get(at.parent())) {
            chain.add(at.parent());
        }
        return chain;
    }
}
