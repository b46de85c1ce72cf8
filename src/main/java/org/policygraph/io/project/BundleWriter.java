package org.policygraph.io.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.policygraph.io.AtomicFiles;
import org.policygraph.io.NonClosing;
import org.policygraph.model.Document;

/**
 * Writes a one-file bundle (.zip) to hand to someone with no network: {@code project.policygraph} and a copy of
 * each original document under {@code documents/}, with the project's document paths pointing at those copies
 * (relative paths, resolved against wherever the bundle is unpacked). Documents whose original is gone are
 * still in the project as clean text.
 */
public final class BundleWriter {
    public static final String PROJECT_ENTRY = "project" + ProjectStore.EXTENSION;
    public static final String DOCUMENTS_FOLDER = "documents/";
    private final ProjectStore store;

    public BundleWriter() {
        this(new ProjectStore());
    }

    public BundleWriter(ProjectStore store) {
        this.store = store;
    }

    public void write(Project project, Path zip) throws ProjectException {
        Map<String, Path> originals = new HashMap<>();
        Map<String, String> entryOf = new HashMap<>();
        Set<String> used = new HashSet<>();
        for (Document d : project.graph().documents()) {
            Path f = existing(d.path());
            if (f == null || entryOf.containsKey(d.path())) continue;
            String entry = DOCUMENTS_FOLDER + unique(safeName(f.getFileName().toString()), used);
            originals.put(entry, f);
            entryOf.put(d.path(), entry);
        }
        try {
            AtomicFiles.write(zip, out -> {
                ZipOutputStream z = new ZipOutputStream(out);
                z.putNextEntry(new ZipEntry(PROJECT_ENTRY));
                store.write(project, new NonClosing(z), p -> entryOf.getOrDefault(p, p), null);
                z.closeEntry();
                for (Map.Entry<String, Path> e : originals.entrySet()) {
                    z.putNextEntry(new ZipEntry(e.getKey()));
                    Files.copy(e.getValue(), z);
                    z.closeEntry();
                }
                z.finish();
            });
        } catch (IOException e) {
            throw new ProjectException(ProjectStore.name(zip) + ": cannot write the bundle (" + e.getMessage() + ")");
        }
    }

    private static Path existing(String path) {
        if (path == null) return null;
        try {
            Path f = Path.of(path);
            return Files.isRegularFile(f) ? f : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** Letters, digits, dot, dash, underscore: names that unpack the same on every system. */
    static String safeName(String name) {
        String s = name.replaceAll("[^\\p{L}\\p{N}._-]+", "_");
        if (s.isEmpty() || s.chars().allMatch(c -> c == '.')) s = "document";
        return s;
    }

    private static String unique(String name, Set<String> used) {
        String candidate = name;
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name, ext = dot > 0 ? name.substring(dot) : "";
        for (int i = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); i++) candidate = stem + "-" + i + ext;
        return candidate;
    }
}
