package org.policygraph.ui.edit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.policygraph.extract.Gazetteer;
import org.policygraph.extract.GazetteerEntry;
import org.policygraph.extract.Lexicon;
import org.policygraph.extract.Ontology;
import org.policygraph.extract.RuleBasedExtractor;
import org.policygraph.graph.corrections.CorrectionsException;
import org.policygraph.graph.corrections.UserGazetteer;
import org.policygraph.graph.corrections.UserGazetteerJson;
import org.policygraph.io.AtomicFiles;
import org.policygraph.model.EntityType;

/**
 * The names the user taught PolicyGraph, kept in {@code gazetteer.json} under the PolicyGraph home folder
 * (system property {@value #HOME_PROPERTY}, default {@code ~/.policygraph}), so the next extraction finds them.
 */
public final class UserGazetteerStore {
    public static final String HOME_PROPERTY = "policygraph.home";
    public static final String FILE_NAME = "gazetteer.json";
    /** Colour of a type the user adds (they can change it in the file). */
    public static final String NEW_TYPE_COLOR_DEFAULT = "#6e7781";

    private final Path file;

    public UserGazetteerStore(Path file) {
        this.file = file;
    }

    /** The store in the PolicyGraph home folder. */
    public static UserGazetteerStore atHome() {
        String home = System.getProperty(HOME_PROPERTY);
        Path dir = home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"), ".policygraph");
        return new UserGazetteerStore(dir.resolve(FILE_NAME));
    }

    public Path file() { return file; }

    /** What the file holds; an absent file is an empty gazetteer. */
    public UserGazetteer read() throws CorrectionsException {
        return Files.exists(file) ? UserGazetteerJson.read(file) : UserGazetteer.EMPTY;
    }

    /** Adds (or replaces, by name) a known entity of a type the ontology knows, and saves the file atomically. */
    public UserGazetteer add(String name, String type, List<String> aliases) throws CorrectionsException, IOException {
        return add(name, type, aliases, Ontology.defaults());
    }

    /**
     * Adds (or replaces, by name) a known entity; a type the ontology does not know ("Port authority") becomes a
     * new entity type in the same file (name PORT_AUTHORITY, the words as its label), shown from the next start.
     */
    public UserGazetteer add(String name, String type, List<String> aliases, Ontology known)
            throws CorrectionsException, IOException {
        UserGazetteer now = read();
        List<EntityType> types = new ArrayList<>(now.entityTypes());
        String typeName = type.strip();
        if (!known.typeNames().contains(typeName)) {
            String label = typeName;
            typeName = typeName.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
            String key = typeName;
            if (typeName.isEmpty()) throw new CorrectionsException(file + ": \"" + label + "\" is not a usable type name");
            if (!known.typeNames().contains(key) && types.stream().noneMatch(t -> t.name().equals(key))) {
                types.add(new EntityType(key, label, NEW_TYPE_COLOR_DEFAULT, "circle", false));
            }
        }
        List<GazetteerEntry> entities = new ArrayList<>(now.entities());
        entities.removeIf(e -> e.name().equalsIgnoreCase(name.strip()));
        entities.add(new GazetteerEntry(name.strip(), typeName, aliases.stream().map(String::strip).filter(a -> !a.isEmpty()).toList(),
                null, List.of()));
        UserGazetteer next = new UserGazetteer(types, entities);
        byte[] json = UserGazetteerJson.toJson(next).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(json));
        return next;
    }

    /** The ontology with the user's own entity types (the built-in one when the file is absent or unreadable). */
    public Ontology ontology() {
        if (!Files.exists(file)) return Ontology.defaults();
        try {
            return Ontology.withUserFile(file);
        } catch (IOException | RuntimeException e) {
            return Ontology.defaults();
        }
    }

    /**
     * The extractor for the next load: the built-in one extended by this file when it exists. A file that cannot
     * be read falls back to the built-in extractor (the Teach dialog reports such files when it opens them).
     */
    public RuleBasedExtractor extractor() {
        if (!Files.exists(file)) return RuleBasedExtractor.createDefault();
        try {
            return new RuleBasedExtractor(Gazetteer.withUserFile(file), Lexicon.defaults());
        } catch (IOException | RuntimeException e) {
            return RuleBasedExtractor.createDefault();
        }
    }
}
