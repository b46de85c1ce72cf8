package org.policygraph.io.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.model.Document;

/** Bundles: a round trip with the documents, and every kind of malicious zip refused with nothing left behind. */
class BundleTest {
    @TempDir
    Path dir;

    @Test
    void bundleCarriesTheProjectAndCopiesOfItsDocuments() throws Exception {
        Project p = ProjectFixtures.project(dir.resolve("docs"));
        p.graph().addDocument(new Document("gone.txt", "Gone", dir.resolve("docs/gone.txt").toString(), null, "Text only."));
        Path zip = dir.resolve("story.zip");
        new BundleWriter().write(p, zip);
        try (ZipFile z = new ZipFile(zip.toFile())) {
            assertEquals(List.of("documents/a.txt", "documents/b.md", "project.policygraph"),
                    z.stream().map(ZipEntry::getName).sorted().toList());
        }
        Path out = dir.resolve("classmate");
        LoadedProject loaded = new BundleReader().read(zip, out);
        assertEquals(1, loaded.missing().size(), "only the document that had no original");
        assertEquals("gone.txt", loaded.missing().get(0).id());
        String path = loaded.project().graph().document("b.md").orElseThrow().path();
        assertEquals(out.toAbsolutePath().resolve("documents/b.md").toString(), path);
        assertEquals(Files.readString(dir.resolve("docs/b.md")), Files.readString(Path.of(path)));
        assertTrue(loaded.changedDocuments().isEmpty(), "the copies have the original hashes");
        assertEquals(p.views(), loaded.project().views());
        assertEquals(fromNodes(ProjectStoreTest.graphJson(p.graph())), fromNodes(ProjectStoreTest.graphJson(loaded.project().graph())));
    }

    @Test
    void zipSlipEntriesAreRefused() throws Exception {
        for (String evil : new String[] {"../evil.txt", "documents/../../evil.txt", "/tmp/evil.txt", "C:/evil.txt",
            "documents\\..\\..\\evil.txt", "a/./../../evil.txt"}) {
            Path zip = zip("slip.zip", evil, "pwned".getBytes(StandardCharsets.UTF_8), 1);
            Path out = dir.resolve("out-" + Math.abs(evil.hashCode()));
            ProjectException e = assertThrows(ProjectException.class, () -> new BundleReader().read(zip, out), evil);
            assertTrue(e.getMessage().startsWith("slip.zip: refused, "), e.getMessage());
            assertEmpty(out);
            assertTrue(Files.notExists(dir.resolve("evil.txt")) && Files.notExists(Path.of("/tmp/evil.txt")));
        }
    }

    @Test
    void zipBombIsRefusedByRatio() throws Exception {
        Path zip = zip("bomb.zip", "documents/zeros.txt", new byte[20 << 20], 1);
        assertTrue(Files.size(zip) < 100_000, "20 MB of zeros squeeze into " + Files.size(zip) + " bytes");
        Path out = dir.resolve("out");
        ProjectException e = assertThrows(ProjectException.class, () -> new BundleReader().read(zip, out));
        assertEquals("bomb.zip: refused, entry \"documents/zeros.txt\" expands more than 100 times (a zip bomb?)", e.getMessage());
        assertEmpty(out);
    }

    @Test
    void totalSizeAndEntryCountLimitsHold() throws Exception {
        byte[] random = new byte[300_000];
        new java.util.Random(42).nextBytes(random);
        Path big = zip("big.zip", "documents/noise.bin", random, 4);
        BundleLimits small = new BundleLimits(100, 1_000_000, 100, 1 << 20);
        ProjectException e = assertThrows(ProjectException.class,
                () -> new BundleReader(small, new ProjectStore()).read(big, dir.resolve("out1")));
        assertEquals("big.zip: refused, it unpacks to more than 1000000 bytes", e.getMessage());
        assertEmpty(dir.resolve("out1"));

        Path many = zip("many.zip", "documents/f.txt", "x".getBytes(StandardCharsets.UTF_8), 101);
        e = assertThrows(ProjectException.class, () -> new BundleReader(small, new ProjectStore()).read(many, dir.resolve("out2")));
        assertEquals("many.zip: refused, 101 entries (the limit is 100)", e.getMessage());
    }

    @Test
    void notABundleOrNotEmptyFolder() throws Exception {
        Path noProject = zip("photos.zip", "holiday.txt", "sun".getBytes(StandardCharsets.UTF_8), 1);
        ProjectException e = assertThrows(ProjectException.class, () -> new BundleReader().read(noProject, dir.resolve("o")));
        assertEquals("photos.zip: not a PolicyGraph bundle (no project.policygraph inside)", e.getMessage());
        assertEmpty(dir.resolve("o"));

        Path notZip = Files.writeString(dir.resolve("fake.zip"), "this is not a zip");
        e = assertThrows(ProjectException.class, () -> new BundleReader().read(notZip, dir.resolve("o2")));
        assertTrue(e.getMessage().startsWith("fake.zip: not a readable bundle"), e.getMessage());

        Path busy = Files.createDirectories(dir.resolve("busy"));
        Files.writeString(busy.resolve("mine.txt"), "keep me");
        e = assertThrows(ProjectException.class, () -> new BundleReader().read(noProject, busy));
        assertTrue(e.getMessage().contains("is not empty"), e.getMessage());
        assertEquals("keep me", Files.readString(busy.resolve("mine.txt")));
    }

    private static String fromNodes(String json) {
        return json.substring(json.indexOf("\"nodes\""));
    }

    /** A zip with {@code copies} entries named {@code name} (numbered after the first) holding {@code data}. */
    private Path zip(String zipName, String name, byte[] data, int copies) throws IOException {
        Path zip = dir.resolve(zipName);
        try (OutputStream os = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(os)) {
            for (int i = 0; i < copies; i++) {
                z.putNextEntry(new ZipEntry(i == 0 ? name : name + "." + i));
                z.write(data);
                z.closeEntry();
            }
        }
        return zip;
    }

    private static void assertEmpty(Path folder) throws IOException {
        if (Files.notExists(folder)) return;
        try (Stream<Path> s = Files.walk(folder)) {
            assertEquals(List.of(folder), s.toList(), "nothing of a refused bundle is left");
        }
    }
}
