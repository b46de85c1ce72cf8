package org.policygraph.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Known entities with their aliases, loaded from the JSON files under {@code gazetteer/} (and any user file of
 * the same shape), compiled into a token trie for longest-match lookup. Name variants that writers use
 * interchangeably are added here once: "U.S." prefixes on federal bodies, "Justice Department" for
 * "Department of Justice", a law's name without "of 2017".
 */
public final class Gazetteer {
    /** Listed in gazetteer/index.json; US federal bodies also get "U.S."-prefixed variants. */
    private static final String FEDERAL_FILE = "us-agencies.json";
    private static final String RESOURCE_DIR = "/org/policygraph/extract/gazetteer/";
    /** Phrases that contain a country name but are not the country; matched so they block the shorter match. */
    public static final String IGNORE = "IGNORE";

    private static volatile Gazetteer defaults;

    private final Map<String, GazetteerEntry> byName = new LinkedHashMap<>();
    private final Map<String, Set<String>> variants = new HashMap<>();
    private final TokenTrie trie = new TokenTrie();
    private final Set<String> blocked = new LinkedHashSet<>();
    private final Map<String, GazetteerEntry> byKey = new HashMap<>();
    private final Map<String, String> keyByName = new HashMap<>();

    public static Gazetteer defaults() {
        Gazetteer g = defaults;
        if (g == null) {
            synchronized (Gazetteer.class) {
                if (defaults == null) defaults = loadResources();
                g = defaults;
            }
        }
        return g;
    }

    private static Gazetteer loadResources() {
        Gazetteer g = new Gazetteer();
        ObjectMapper om = new ObjectMapper();
        for (String f : resourceFiles(om)) {
            try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE_DIR + f)) {
                if (in == null) throw new IllegalStateException("gazetteer/index.json names a missing file: " + f);
                g.addAll(read(om.readTree(in)), !f.equals(FEDERAL_FILE));
            } catch (IOException e) {
                throw new IllegalStateException("gazetteer resource " + f + " is not valid JSON: " + e.getMessage(), e);
            }
        }
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE_DIR + "not-entities.json")) {
            if (in != null) om.readTree(in).path("phrases").forEach(p -> g.blocked.add(p.asText()));
        } catch (IOException e) {
            throw new IllegalStateException("gazetteer resource not-entities.json is not valid JSON", e);
        }
        g.compile();
        return g;
    }

    /** The defaults plus a user file ({"entries":[...]}); user entries win over built-in ones of the same name. */
    public static Gazetteer withUserFile(Path file) throws IOException {
        Gazetteer g = new Gazetteer();
        g.addAll(read(new ObjectMapper().readTree(Files.readString(file))), true);
        Gazetteer d = defaults();
        g.blocked.addAll(d.blocked);
        for (GazetteerEntry e : d.byName.values()) {
            if (g.byName.putIfAbsent(e.name(), e) == null) g.variants.put(e.name(), d.variants.get(e.name()));
        }
        g.compile();
        return g;
    }

    /** A gazetteer of just these entries (tests, user-edited lists). */
    public static Gazetteer of(List<GazetteerEntry> entries) {
        Gazetteer g = new Gazetteer();
        g.addAll(entries, true);
        g.compile();
        return g;
    }

    private static List<String> resourceFiles(ObjectMapper om) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE_DIR + "index.json")) {
            List<String> files = new ArrayList<>();
            if (in != null) om.readTree(in).path("files").forEach(f -> files.add(f.asText()));
            return files;
        } catch (IOException e) {
            throw new IllegalStateException("gazetteer/index.json is not valid JSON", e);
        }
    }

    static List<GazetteerEntry> read(JsonNode root) {
        List<GazetteerEntry> out = new ArrayList<>();
        // built-in files say "entries"; the user gazetteer the app saves says "entities"
        JsonNode list = root.has("entries") ? root.path("entries") : root.path("entities");
        for (JsonNode e : list) {
            List<String> aliases = new ArrayList<>();
            e.path("aliases").forEach(a -> aliases.add(a.asText()));
            List<String> demonyms = new ArrayList<>();
            e.path("demonyms").forEach(a -> demonyms.add(a.asText()));
            String parent = e.hasNonNull("parent") ? e.get("parent").asText() : null;
            out.add(new GazetteerEntry(e.path("name").asText(), e.path("type").asText(), aliases, parent, demonyms));
        }
        return out;
    }

    private static final Pattern US_PREFIX = Pattern.compile("^(U\\.S\\.|US|United States)\\s+(.+)$");
    private static final Pattern DEPT_OF = Pattern.compile("^(?:U\\.S\\. )?Department of (?:the )?(\\w+)$");
    private static final Pattern ACT_YEAR = Pattern.compile("^(.+ Act)(?: of (\\d{4}))?$");

    private void addAll(List<GazetteerEntry> entries, boolean foreignOrOther) {
        for (GazetteerEntry e : entries) {
            if (e.name().isBlank() || byName.containsKey(e.name())) continue;
            byName.put(e.name(), e);
            Set<String> v = new LinkedHashSet<>();
            v.add(e.name());
            v.addAll(e.aliases());
            for (String n : new ArrayList<>(v)) v.addAll(variantsOf(n, e.type(), !foreignOrOther));
            variants.put(e.name(), v);
        }
    }

    private static List<String> variantsOf(String n, String type, boolean federal) {
        List<String> out = new ArrayList<>();
        if (EntityTypes.AGENCY.equals(type)) {
            Matcher m = US_PREFIX.matcher(n);
            if (m.matches() && m.group(2).contains(" ")) {
                String bare = m.group(2);
                out.add(bare);
                out.add("U.S. " + bare);
                out.add("US " + bare);
            } else if (federal && n.contains(" ")) {
                out.add("U.S. " + n);
                out.add("US " + n);
            }
            Matcher d = DEPT_OF.matcher(n);
            if (d.matches()) out.add(d.group(1) + " Department");
            // "Office of National Drug Control Policy" is also written "office of the national drug control policy"
            int of = n.indexOf(" of ");
            if (of > 0 && !n.startsWith("the ", of + 4) && n.indexOf(" of ", of + 1) < 0 && n.split(" ").length >= 4) {
                out.add(n.substring(0, of) + " of the " + n.substring(of + 4));
            }
        }
        if (EntityTypes.LAW.equals(type)) {
            Matcher m = ACT_YEAR.matcher(n);
            if (m.matches()) {
                out.add(m.group(1));
                String bare = m.group(1).substring(0, m.group(1).length() - 4);
                if (bare.split(" ").length >= 4) {
                    out.add(bare);
                    if (m.group(2) != null) out.add(bare + " of " + m.group(2));
                }
            }
        }
        return out;
    }

    private void compile() {
        for (GazetteerEntry e : byName.values()) {
            for (String n : variants.getOrDefault(e.name(), Set.of(e.name()))) trie.add(n, e, false);
            for (String d : e.demonyms()) {
                trie.add(d, e, true);
                if (!d.endsWith("s") && !d.endsWith("sh") && !d.endsWith("ese") && !d.endsWith("ch")) trie.add(d + "s", e, true);
            }
        }
        for (String p : blocked) trie.add(p, new GazetteerEntry(p, IGNORE, List.of(), null, List.of()), false);
        for (GazetteerEntry e : byName.values()) {
            String key = trie.keyOf(e); // the same string the trie's matches carry
            if (key == null) key = TokenTrie.keyOf(e.name()); // an entry no alias of which could be added
            byKey.put(key, e);
            keyByName.put(e.name(), key);
        }
    }

    public TokenTrie trie() { return trie; }

    public GazetteerEntry entry(String name) { return byName.get(name); }

    /** The entry behind a candidate key ("G:" + name), or null for rule-found keys. */
    GazetteerEntry entryForKey(String key) { return byKey.get(key); }

    /** The candidate key of a known name, one shared string per entry; a new string for unknown names. */
    String keyFor(String name) {
        String k = keyByName.get(name);
        return k != null ? k : TokenTrie.keyOf(name);
    }

    public Map<String, GazetteerEntry> entries() { return Collections.unmodifiableMap(byName); }

    /** Every name an entry goes by (canonical name, aliases and generated variants). */
    public Set<String> namesOf(String name) { return variants.getOrDefault(name, Set.of(name)); }
}
