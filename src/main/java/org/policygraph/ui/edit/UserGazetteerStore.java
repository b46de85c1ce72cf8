package org.policygraph.ui.edit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.policygraph.extract.Gazetteer;
import org.policygraph.extract.GazetteerEntry;
import org.policygraph.extract.Lexicon;
import org.policygraph.extract.RuleBasedExtractor;
import org.policygraph.graph.corrections.CorrectionsException;
import org.policygraph.graph.corrections.UserGazetteer;
import org.policygraph.graph.corrections.UserGazetteerJson;
import org.policygraph.io.AtomicFiles;

/**
 * The names the user taught PolicyGraph, kept in {@code gazetteer.json} under the PolicyGraph home folder
 * (system property {@value #HOME_PROPERTY}, default {@code ~/.policygraph}), so the next extraction finds them.
 */
public final class UserGazetteerStore {
    public static final String HOME_PROPERTY = "policygraph.home";
    public static final String FILE_NAME = "gazetteer.json";

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

    /** Adds (or replaces, by name) a known entity and saves the file atomically. */
    public UserGazetteer add(String name, String type, List<String> aliases) throws CorrectionsException, IOException {
        UserGazetteer now = read();
        List<GazetteerEntry> entities = new ArrayList<>(now.entities());
        entities.removeIf(e -> e.name().equalsIgnoreCase(name.strip()));
        entities.add(new GazetteerEntry(name.strip(), type, aliases.stream().map(String::strip).filter(a -> !a.isEmpty()).toList(),
                null, List.of()));
        UserGazetteer next = new UserGazetteer(now.entityTypes(), entities);
        byte[] json = UserGazetteerJson.toJson(next).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(json));
        return next;
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
