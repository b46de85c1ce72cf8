package org.policygraph.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Atomic writes: all or nothing, one backup, and files other programs can read. */
class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void aFailingBodyLeavesTheOldFileAndNoTempFile() throws Exception {
        Path f = Files.writeString(dir.resolve("a.txt"), "old");
        assertThrows(IOException.class, () -> AtomicFiles.write(f, dir.resolve("a.txt.bak"), out -> {
            out.write("half of the new".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(f));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(f), s.toList());
        }
    }

    @Test
    void theBackupHoldsThePreviousVersion() throws Exception {
        Path f = Files.writeString(dir.resolve("a.txt"), "one");
        AtomicFiles.write(f, dir.resolve("a.txt.bak"), out -> out.write("two".getBytes(StandardCharsets.UTF_8)));
        assertEquals("two", Files.readString(f));
        assertEquals("one", Files.readString(dir.resolve("a.txt.bak")));
    }

    @Test
    void newFilesAreReadableByOthersAndOldPermissionsAreKept() throws Exception {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class));
        Path f = dir.resolve("nodes.csv");
        AtomicFiles.write(f, out -> out.write('x'));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
        AtomicFiles.write(f, out -> out.write('y'));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
    }
}
