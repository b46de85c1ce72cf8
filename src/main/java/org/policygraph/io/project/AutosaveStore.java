package org.policygraph.io.project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

import org.policygraph.io.AtomicFiles;

/**
 * Autosave with recovery: the UI saves the open project here every minute or so, into a recovery folder
 * (normally ~/.policygraph/recovery), one file per project. A normal save or a clean exit discards it; after a
 * crash, {@link #findRecovery()} lists what is newer than the project file it belongs to, so the app can offer it.
 */
public final class AutosaveStore {
    /** File name used for a project that was never saved. */
    static final String UNTITLED = "untitled";
    private final Path dir;
    private final ProjectStore store;

    /** A recovery file and the project file it belongs to (null for a project never saved). */
    public record Recovery(Path file, Path original, Instant savedAt) {
    }

    public AutosaveStore(Path recoveryDir) {
        this(recoveryDir, new ProjectStore());
    }

    public AutosaveStore(Path recoveryDir, ProjectStore store) {
        this.dir = recoveryDir;
        this.store = store;
    }

    /** The default folder: ~/.policygraph/recovery. */
    public static Path defaultDirectory() {
        return Path.of(System.getProperty("user.home"), ".policygraph", "recovery");
    }

    /** Where the recovery copy of a project file lives; {@code projectFile} null means an untitled project. */
    public Path recoveryFileFor(Path projectFile) {
        String key = projectFile == null ? UNTITLED
                : FileHashes.sha256(projectFile.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
        return dir.resolve(key + ProjectStore.EXTENSION);
    }

    /** Writes the recovery copy atomically (no backup: the next autosave replaces it). */
    public Path save(Project project, Path projectFile) throws ProjectException {
        Path target = recoveryFileFor(projectFile);
        String origin = projectFile == null ? null : projectFile.toAbsolutePath().normalize().toString();
        try {
            AtomicFiles.write(target, out -> store.write(project, out, UnaryOperator.identity(), origin));
        } catch (IOException e) {
            throw new ProjectException(ProjectStore.name(target) + ": cannot autosave (" + e.getMessage() + ")");
        }
        return target;
    }

    /** After a normal save or a clean exit, the recovery copy is no longer needed. */
    public void discard(Path projectFile) throws IOException {
        Files.deleteIfExists(recoveryFileFor(projectFile));
    }

    /**
     * Recovery files worth offering, newest first: those newer than the project file they belong to (or whose
     * project file is gone, or that belong to an untitled project). Unreadable files are skipped, not deleted.
     */
    public List<Recovery> findRecovery() throws IOException {
        List<Recovery> found = new ArrayList<>();
        if (!Files.isDirectory(dir)) return found;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + ProjectStore.EXTENSION)) {
            for (Path f : files) {
                ProjectStore.Header h;
                try {
                    h = ProjectStore.peek(f);
                } catch (IOException e) {
                    continue;
                }
                if (!ProjectStore.FORMAT.equals(h.format())) continue;
                Instant saved = Files.getLastModifiedTime(f).toInstant();
                Path original = h.recoveryOf() == null ? null : Path.of(h.recoveryOf());
                if (original != null && Files.exists(original)
                        && !Files.getLastModifiedTime(original).toInstant().isBefore(saved)) {
                    continue;
                }
                found.add(new Recovery(f, original, saved));
            }
        }
        found.sort(Comparator.comparing(Recovery::savedAt).reversed());
        return found;
    }

    /** Opens a recovery file; document paths are as they were in the original project. */
    public LoadedProject open(Recovery r) throws ProjectException {
        return store.load(r.file());
    }
}
