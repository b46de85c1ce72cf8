package org.policygraph.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Atomic file writes: write a temp file beside the target, force it to disk, then rename it over the target.
 * A crash at any point leaves either the old file or the new one, never a half-written target.
 */
public final class AtomicFiles {
    /** Writes the body of a file. */
    @FunctionalInterface
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void write(Path target, Body body) throws IOException {
        write(target, null, body);
    }

    /**
     * Like {@link #write(Path, Body)}, and first copies the current target (if any) to {@code backup}, so one
     * previous version survives. The copy happens only once the new body is complete on disk, and the target
     * is never absent: the rename replaces it in one step.
     */
    public static void write(Path target, Path backup, Body body) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir != null) Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName(), ".tmp");
        try {
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                body.write(os);
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            keepPermissions(abs, tmp);
            if (backup != null && Files.isRegularFile(abs)) {
                Path bak = backup.toAbsolutePath();
                Path bakTmp = Files.createTempFile(bak.getParent(), "." + bak.getFileName(), ".tmp");
                try {
                    Files.copy(abs, bakTmp, StandardCopyOption.REPLACE_EXISTING);
                    move(bakTmp, bak);
                } finally {
                    Files.deleteIfExists(bakTmp);
                }
            }
            move(tmp, abs);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Temp files are created owner-only (rw-------); a plain new file would be rw-r--r--. Exports are read by
     * other programs (a Neo4j service user reads the CSVs), so the result gets the old file's permissions, or
     * those of a plain new file.
     */
    private static void keepPermissions(Path target, Path tmp) throws IOException {
        if (!Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) return;
        Set<PosixFilePermission> perms = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, perms);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
