package org.policygraph.io.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.model.Document;

/** A save that dies half-way leaves the previous project intact and loadable. */
class CrashDuringSaveTest {
    @TempDir
    Path dir;
    private final ProjectStore store = new ProjectStore();

    /** Serialising this fails part-way through the file, as a full disk or a bug would. */
    public static final class Exploding {
        public String getValue() {
            throw new IllegalStateException("disk unplugged");
        }
    }

    @Test
    void aSaveThatFailsHalfWayLeavesThePreviousFileIntact() throws Exception {
        Path file = dir.resolve("story.policygraph");
        Project p = ProjectFixtures.project(dir.resolve("docs"));
        store.save(p, file);
        byte[] before = Files.readAllBytes(file);
        ProjectException e = assertThrows(ProjectException.class,
                () -> store.save(p.withFilters(Map.of("x", new Exploding())), file));
        assertTrue(e.getMessage().startsWith("story.policygraph: cannot save ("), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(p.views(), store.load(file).project().views());
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of("docs", "story.policygraph"), s.map(f -> f.getFileName().toString()).sorted().toList(),
                    "the temp file is gone and the backup was not touched by a failed save");
        }
    }

    @Test
    void killingTheJvmMidSaveLeavesThePreviousFileIntact() throws Exception {
        Path file = dir.resolve("story.policygraph");
        Project p = ProjectFixtures.project(dir.resolve("docs"));
        // a big document so the save has streamed well past the buffers when it hangs
        p.graph().addDocument(new Document("big.txt", "Big", null, null, "Agencies met again. ".repeat(20_000)));
        store.save(p, file);
        byte[] before = Files.readAllBytes(file);

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashingSaver.class.getName(), file.toString()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            StringBuilder seen = new StringBuilder();
            while ((line = out.readLine()) != null && !line.equals("HALF")) seen.append(line).append('\n');
            assertEquals("HALF", line, "child output: " + seen);
            Path tmp;
            try (Stream<Path> s = Files.list(dir)) {
                tmp = s.filter(f -> f.getFileName().toString().endsWith(".tmp")).findFirst().orElseThrow();
            }
            assertTrue(Files.size(tmp) > 100_000, "the save was really half-way: " + Files.size(tmp) + " bytes written");
            child.destroyForcibly();
            assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        } finally {
            child.destroyForcibly();
        }
        assertArrayEquals(before, Files.readAllBytes(file), "the project file is untouched");
        LoadedProject loaded = store.load(file);
        assertEquals(p.views(), loaded.project().views());
        assertEquals(p.graph().relationCount(), loaded.project().graph().relationCount());
        // and the next save still works beside the leftover temp file
        store.save(loaded.project(), file);
        assertArrayEquals(before, Files.readAllBytes(file));
    }
}
