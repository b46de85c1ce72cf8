package org.policygraph.io.project;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.io.AtomicFiles;
import org.policygraph.io.GraphJsonReader;
import org.policygraph.io.GraphJsonReader.Located;
import org.policygraph.io.GraphJsonWriter;
import org.policygraph.io.JsonShapeException;
import org.policygraph.model.Document;

/**
 * Saves and opens .policygraph project files. The file is the graph JSON schema (documents, nodes, edges) plus
 * {@code "format":"policygraph-project","version":1}, each document's hash and clean text, and the positions,
 * filters, views and corrections. Saving is atomic and keeps the previous version as {@code name.policygraph.bak};
 * a file that is corrupted or from a newer version is reported in one line and never overwritten.
 */
public final class ProjectStore {
    public static final String FORMAT = "policygraph-project";
    public static final int VERSION = 1;
    public static final String EXTENSION = ".policygraph";
    public static final String BACKUP_SUFFIX = ".bak";
    /** How deep {@link #locate} looks below the folder the user points at. */
    static final int LOCATE_DEPTH_DEFAULT = 4;

    private static final ObjectMapper MAPPER = GraphJsonReader.mapper().copy()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
    private static final TypeReference<LinkedHashMap<String, NodePosition>> POSITIONS = new TypeReference<>() { };
    private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() { };
    private static final TypeReference<List<SavedView>> VIEWS = new TypeReference<>() { };
    private static final TypeReference<List<Map<String, Object>>> OBJECTS = new TypeReference<>() { };

    /** What the first fields of a file say about it. */
    record Header(String format, Integer version, String recoveryOf) {
    }

    /** The backup kept beside a project: {@code name.policygraph.bak}. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + BACKUP_SUFFIX);
    }

    /**
     * Saves atomically, keeping the previous file as the backup. Documents with no hash yet get the SHA-256 of
     * their original file when it can be read. Returns the project with those hashes filled in.
     */
    public Project save(Project project, Path file) throws ProjectException {
        refuseToOverwriteForeign(file);
        Project hashed = withHashes(project);
        try {
            AtomicFiles.write(file, backupOf(file), out -> write(hashed, out, UnaryOperator.identity(), null));
        } catch (IOException e) {
            throw new ProjectException(name(file) + ": cannot save (" + e.getMessage() + ")");
        }
        return hashed;
    }

    public LoadedProject load(Path file) throws ProjectException {
        return load(file, Map.of());
    }

    /** Opens a project; {@code relocations} maps a missing document's old path to where it is now. */
    public LoadedProject load(Path file, Map<String, String> relocations) throws ProjectException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return read(in, file, relocations);
        } catch (NoSuchFileException e) {
            throw new ProjectException(name(file) + ": no such file");
        } catch (ProjectException e) {
            throw e;
        } catch (IOException e) {
            throw new ProjectException(name(file) + ": cannot read (" + e.getMessage() + ")");
        }
    }

    /** The same project with documents moved: old path → new path (as reported in {@link LoadedProject#missing}). */
    public LoadedProject relocate(LoadedProject loaded, Map<String, String> relocations) throws ProjectException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try {
            write(loaded.project(), buf, UnaryOperator.identity(), null);
            return read(new ByteArrayInputStream(buf.toByteArray()), loaded.file(), relocations);
        } catch (ProjectException e) {
            throw e;
        } catch (IOException e) {
            throw new ProjectException(name(loaded.file()) + ": cannot relocate documents (" + e.getMessage() + ")");
        }
    }

    /**
     * Looks for missing documents under a folder the user points at: same file name, and the same content when
     * the project knows its hash. Returns old path → found path for those it found.
     */
    public Map<String, String> locate(List<MissingDocument> missing, Path folder) throws IOException {
        Map<String, List<Path>> byName = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(folder, LOCATE_DEPTH_DEFAULT)) {
            files.filter(Files::isRegularFile)
                    .forEach(f -> byName.computeIfAbsent(f.getFileName().toString(), k -> new ArrayList<>()).add(f));
        }
        Map<String, String> found = new LinkedHashMap<>();
        for (MissingDocument m : missing) {
            if (m.path() == null) continue;
            String fileName = fileName(m.path());
            for (Path candidate : byName.getOrDefault(fileName, List.of())) {
                if (m.sha256() == null || m.sha256().equals(FileHashes.sha256(candidate))) {
                    found.put(m.path(), candidate.toAbsolutePath().toString());
                    break;
                }
            }
        }
        return found;
    }

    // ---- writing ----

    /** Writes the project JSON; {@code paths} maps document paths (bundles make them relative). */
    void write(Project p, OutputStream out, UnaryOperator<String> paths, String recoveryOf) throws IOException {
        KnowledgeGraph g = p.graph();
        try (JsonGenerator j = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            j.useDefaultPrettyPrinter();
            j.writeStartObject();
            j.writeStringField("format", FORMAT);
            j.writeNumberField("version", VERSION);
            if (recoveryOf != null) j.writeStringField("recoveryOf", recoveryOf);
            j.writeArrayFieldStart("documents");
            for (Document d : g.documents()) {
                j.writeStartObject();
                GraphJsonWriter.writeDocumentFields(j, d, paths);
                j.writeStringField("sha256", p.documentHashes().get(d.id()));
                j.writeStringField("text", d.text());
                j.writeEndObject();
            }
            j.writeEndArray();
            GraphJsonWriter.writeNodes(j, g);
            GraphJsonWriter.writeEdges(j, g);
            j.writeObjectField("positions", p.positions());
            j.writeObjectField("filters", p.filters());
            j.writeObjectField("views", p.views());
            j.writeObjectField("corrections", p.corrections());
            j.writeEndObject();
        }
        out.flush();
    }

    private static Project withHashes(Project p) {
        Map<String, String> hashes = new LinkedHashMap<>(p.documentHashes());
        boolean added = false;
        for (Document d : p.graph().documents()) {
            if (hashes.containsKey(d.id()) || d.path() == null) continue;
            try {
                Path f = Path.of(d.path());
                if (Files.isRegularFile(f)) {
                    hashes.put(d.id(), FileHashes.sha256(f));
                    added = true;
                }
            } catch (IOException | InvalidPathException e) {
                // unreadable original: the project still holds the text, so save without a hash
            }
        }
        return added ? p.withDocumentHashes(hashes) : p;
    }

    private void refuseToOverwriteForeign(Path file) throws ProjectException {
        if (!Files.exists(file)) return;
        Header h;
        try {
            h = peek(file, true);
        } catch (IOException e) {
            throw new ProjectException(name(file) + " is not a readable PolicyGraph project, so it is left untouched;"
                    + " save under another name");
        }
        if (!FORMAT.equals(h.format())) {
            throw new ProjectException(name(file) + " is not a PolicyGraph project, so it is left untouched; save under another name");
        }
        if (h.version() != null && h.version() > VERSION) {
            throw new ProjectException(name(file) + ": made by a newer PolicyGraph (version " + h.version()
                    + "), so it is left untouched; save under another name", true);
        }
    }

    // ---- reading ----

    /** The format, version and recovery origin of a file, reading no further than needed. */
    static Header peek(Path file) throws IOException {
        return peek(file, false);
    }

    /** With {@code wholeFile}, also checks that the rest of the file is well-formed JSON (a streaming pass). */
    static Header peek(Path file, boolean wholeFile) throws IOException {
        String format = null, recoveryOf = null;
        Integer version = null;
        try (JsonParser p = MAPPER.createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new IOException("not a JSON object");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                // our files put the header first: stop before the (possibly large) body once it is known
                if (!wholeFile && format != null && version != null && (field.equals("documents") || field.equals("nodes"))) break;
                JsonToken v = p.nextToken();
                switch (field) {
                    case "format" -> format = v == JsonToken.VALUE_STRING ? p.getText() : "";
                    case "version" -> version = v == JsonToken.VALUE_NUMBER_INT ? p.getIntValue() : -1;
                    case "recoveryOf" -> recoveryOf = v == JsonToken.VALUE_STRING ? p.getText() : null;
                    default -> p.skipChildren();
                }
            }
            if (wholeFile && (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null)) {
                throw new IOException("unexpected content");
            }
        }
        return new Header(format, version, recoveryOf);
    }

    LoadedProject read(InputStream in, Path file, Map<String, String> relocations) throws ProjectException {
        String name = name(file);
        GraphJsonReader.Parts parts;
        try {
            parts = GraphJsonReader.readParts(in);
        } catch (JsonShapeException e) {
            throw new ProjectException(name + ": not a readable PolicyGraph project: " + e.getMessage());
        }
        Located format = parts.other().get("format");
        if (format == null || !FORMAT.equals(format.node().asText())) {
            throw new ProjectException(name + ": not a PolicyGraph project (it lacks \"format\": \"" + FORMAT + "\")");
        }
        Located version = parts.other().get("version");
        if (version == null || !version.node().canConvertToInt()) {
            throw new ProjectException(name + ": not a readable PolicyGraph project: it has no version number");
        }
        int v = version.node().asInt();
        if (v > VERSION) {
            throw new ProjectException(name + ": made by a newer PolicyGraph (version " + v + "); this version reads up to "
                    + VERSION, true);
        }
        Path base = file == null ? null : file.toAbsolutePath().getParent();
        UnaryOperator<String> paths = stored -> {
            String resolved = resolve(base, stored);
            return relocations.getOrDefault(resolved, relocations.getOrDefault(stored, resolved));
        };
        KnowledgeGraph graph;
        try {
            graph = GraphJsonReader.build(parts, paths);
        } catch (JsonShapeException e) {
            throw new ProjectException(name + ": not a readable PolicyGraph project: " + e.getMessage());
        }
        Map<String, String> hashes = new LinkedHashMap<>();
        for (Located d : parts.documents()) {
            String sha = d.node().path("sha256").asText(null);
            if (sha != null) hashes.put(d.node().path("id").asText(), sha);
        }
        Project project = new Project(graph, hashes,
                field(parts, "positions", POSITIONS, name),
                field(parts, "filters", OBJECT, name),
                field(parts, "views", VIEWS, name),
                field(parts, "corrections", OBJECTS, name));
        List<MissingDocument> missing = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (Document d : graph.documents()) {
            if (d.path() == null) continue;
            String sha = hashes.get(d.id());
            Path f;
            try {
                f = Path.of(d.path());
            } catch (InvalidPathException e) {
                missing.add(new MissingDocument(d.id(), d.title(), d.path(), sha));
                continue;
            }
            if (!Files.isRegularFile(f)) {
                missing.add(new MissingDocument(d.id(), d.title(), d.path(), sha));
            } else if (sha != null) {
                try {
                    if (!sha.equals(FileHashes.sha256(f))) changed.add(d.id());
                } catch (IOException e) {
                    missing.add(new MissingDocument(d.id(), d.title(), d.path(), sha));
                }
            }
        }
        return new LoadedProject(project, file, missing, changed);
    }

    private static <T> T field(GraphJsonReader.Parts parts, String field, TypeReference<T> type, String name)
            throws ProjectException {
        Located l = parts.other().get(field);
        try {
            // absent: the Project record turns null into an empty map or list
            if (l == null || l.node().isNull()) return null;
            return MAPPER.convertValue(l.node(), type);
        } catch (IllegalArgumentException e) {
            String why = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            if (why.length() > 100) why = why.substring(0, 97) + "...";
            throw new ProjectException(name + ": \"" + field + "\" is malformed (" + why + ") at line " + l.line());
        }
    }

    /** A relative document path (bundles) is relative to the project file's folder. */
    private static String resolve(Path base, String stored) {
        try {
            Path p = Path.of(stored);
            if (!p.isAbsolute() && base != null) return base.resolve(p).normalize().toString();
        } catch (InvalidPathException e) {
            // a path from another system: kept as written, reported missing
        }
        return stored;
    }

    private static String fileName(String path) {
        int i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(i + 1);
    }

    static String name(Path file) {
        if (file == null) return "project";
        Path n = file.getFileName();
        return n == null ? file.toString() : n.toString();
    }
}
