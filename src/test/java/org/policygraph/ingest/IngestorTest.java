package org.policygraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.model.Document;
import org.policygraph.model.Problem;

class IngestorTest {
    @TempDir
    Path dir;

    private final Ingestor ingestor = new Ingestor();

    @Test
    void sameArticleAsTextHtmlAndPdfGivesTheSameText() throws Exception {
        List<String> paragraphs = Fixtures.articleParagraphs();
        String expected = String.join("\n\n", paragraphs);
        Path pdf = dir.resolve("article.pdf");
        TestPdfs.write(pdf, paragraphs, 70, 12, "Example Harbor News - Security Desk", null, null);

        Document txt = ingestor.read(Fixtures.copy("cluttered-article.txt", dir));
        Document html = ingestor.read(Fixtures.copy("cluttered-article.html", dir));
        Document fromPdf = ingestor.read(pdf);

        assertEquals(expected, txt.text());
        assertEquals(expected, html.text());
        assertEquals(expected, fromPdf.text());
        assertEquals("Harbor Watch Task Force Reports First Results", txt.title());
        assertEquals("2024-03-14", txt.date());
        assertEquals("cluttered-article.txt", txt.id());
        assertEquals(dir.resolve("cluttered-article.txt").toAbsolutePath().toString(), txt.path());
    }

    @Test
    void demoSameArticleFixtureReadsAlikeInAllThreeFormats() throws Exception {
        Path base = Path.of("src/test/resources/fixtures/same-article");
        assumeTrue(Files.isDirectory(base), "same-article fixture not present");
        String txt = plainQuotes(ingestor.read(base.resolve("article.txt")).text());
        assertEquals(txt, plainQuotes(ingestor.read(base.resolve("article.html")).text()));
        assertEquals(txt, plainQuotes(ingestor.read(base.resolve("article.pdf")).text()));
    }

    /** PDF fonts and converters often turn curly quotes straight; the words are what must match. */
    private static String plainQuotes(String s) {
        return s.replaceAll("[“”]", "\"").replaceAll("[‘’]", "'");
    }

    @Test
    void plainTextKeepsLinesAsParagraphsAndFindsNoDateWhenNoneIsStated() throws Exception {
        Path f = Files.writeString(dir.resolve("note.txt"),
                "Cartel finances\r\n\r\nThe Treasury named three companies.\r\nThey face sanctions.\r\n");
        Document d = ingestor.read(f);
        assertEquals("Cartel finances\n\nThe Treasury named three companies.\n\nThey face sanctions.", d.text());
        assertEquals("Cartel finances", d.title());
        assertNull(d.date());
    }

    @Test
    void hardWrappedTextIsRejoined() throws Exception {
        Path f = Files.writeString(dir.resolve("wrapped.txt"), String.join("\n",
                "The Coast Guard and the Navy announced a new",
                "program of joint patrols in the eastern Pacific",
                "that will run through the end of next year and",
                "include partners from Colombia and Ecuador.", ""));
        assertEquals("The Coast Guard and the Navy announced a new program of joint patrols in the eastern Pacific "
                + "that will run through the end of next year and include partners from Colombia and Ecuador.",
                ingestor.read(f).text());
    }

    @Test
    void windows1252TextIsDecoded() throws Exception {
        Path f = Files.write(dir.resolve("latin1.txt"),
                "Caf\u00e9 fran\u00e7ais: the Drug Enforcement Administration worked with Mexico.\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("Café français: the Drug Enforcement Administration worked with Mexico.",
                ingestor.read(f).text());
    }

    @Test
    void utf8WithBomAndMarkdownAreRead() throws Exception {
        byte[] withBom = Fixtures.utf8WithBom("Europol and Interpol met.");
        assertEquals("Europol and Interpol met.", ingestor.read(Files.write(dir.resolve("bom.txt"), withBom)).text());
        Document md = ingestor.read(Fixtures.copy("article.md", dir));
        assertEquals("Notes on the Port Security Modernization Act", md.title());
        assertTrue(md.text().startsWith("Port Security Modernization Act\n\nThe Port Security"), md.text());
    }

    @Test
    void emptyAndWhitespaceFilesAreRefused() throws Exception {
        assertEquals("empty file", reason(Files.write(dir.resolve("empty.txt"), new byte[0])));
        assertEquals("empty file", reason(Files.writeString(dir.resolve("blank.md"), " \n\n\t \n")));
        assertEquals("empty file", reason(Files.writeString(dir.resolve("blank.html"), "<html><body> </body></html>")));
    }

    @Test
    void binaryFilesAreRefused() throws Exception {
        byte[] junk = new byte[300_000];
        new Random(42).nextBytes(junk);
        assertEquals("not a text document (binary data)", reason(Files.write(dir.resolve("binary.txt"), junk)));
        assertEquals("not a text document (binary data)", reason(Files.write(dir.resolve("binary.html"), junk)));
    }

    @Test
    void filesOverTheLimitAreRefusedWithoutBeingRead() throws Exception {
        Path big = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }
        assertEquals("too large (52 MB; limit 20 MB)", reason(big));
        Path small = Files.writeString(dir.resolve("small.txt"), "The DEA and the FBI met.".repeat(10));
        IngestException e = assertThrows(IngestException.class, () -> new Ingestor(100).read(small));
        assertEquals("too large (240 bytes; limit 100 bytes)", e.getMessage());
    }

    @Test
    void missingFilesFoldersAndUnsupportedTypesAreNamed() throws Exception {
        assertEquals("no such file", reason(dir.resolve("nope.txt")));
        Path folder = Files.createDirectory(dir.resolve("folder.txt"));
        assertEquals("is a folder, not a file", reason(folder));
        assertEquals("unsupported file type (.docx)", reason(Files.writeString(dir.resolve("memo.docx"), "x")));
    }

    @Test
    void unreadableFileIsNamed() throws Exception {
        Path f = Files.writeString(dir.resolve("secret.txt"), "The DEA met the FBI.");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
        assumeTrue(!Files.isReadable(f), "running as a user who can read anything (root)");
        assertEquals("cannot be read (permission denied)", reason(f));
    }

    @Test
    void expandWalksFoldersSortedAndSkipsHiddenAndUnsupportedFiles() throws Exception {
        Path root = Files.createDirectory(dir.resolve("corpus"));
        Path sub = Files.createDirectories(root.resolve("b-sub/deeper"));
        Files.writeString(root.resolve("c.txt"), "c");
        Files.writeString(root.resolve("a.HTML"), "a");
        Files.writeString(root.resolve("notes.docx"), "skip");
        Files.writeString(root.resolve(".hidden.txt"), "skip");
        Files.createDirectories(root.resolve(".git")).resolve("x.md");
        Files.writeString(root.resolve(".git/x.md"), "skip");
        Files.writeString(sub.resolve("z.pdf"), "z");
        Files.writeString(root.resolve("b-sub/m.md"), "m");
        Path explicitUnsupported = Files.writeString(dir.resolve("data.csv"), "x");
        List<Problem> problems = new ArrayList<>();

        List<Path> files = ingestor.expand(List.of(root, dir.resolve("missing"), explicitUnsupported,
                root.resolve("c.txt")), problems::add);

        assertEquals(List.of(root.resolve("a.HTML"), root.resolve("b-sub/deeper/z.pdf"), root.resolve("b-sub/m.md"),
                root.resolve("c.txt")), files);
        assertEquals(List.of(new Problem(dir.resolve("missing").toString(), "no such file or folder"),
                new Problem(explicitUnsupported.toString(), "unsupported file type (.csv)")), problems);
    }

    @Test
    void unreadableFolderIsAProblemAndTheRestIsStillExpanded() throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), "The DEA met the FBI.");
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.writeString(locked.resolve("inside.txt"), "x");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeTrue(!Files.isReadable(locked), "running as a user who can read anything (root)");
            List<Problem> problems = new ArrayList<>();
            assertEquals(List.of(good), ingestor.expand(List.of(locked, good), problems::add));
            assertEquals(1, problems.size());
            assertEquals(locked.toString(), problems.get(0).source());
            assertTrue(problems.get(0).reason().startsWith("folder cannot be read"));
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void clutterOnlyPageHasNoArticleText() throws Exception {
        Path f = Files.writeString(dir.resolve("menu.txt"), "Home | News | Sport\nShare this\nSubscribe now\n");
        assertEquals("no article text found", reason(f));
    }

    @Test
    void readNeverLetsARuntimeExceptionEscapeForBadPdfs() throws Exception {
        byte[] b = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF"
                .getBytes(StandardCharsets.ISO_8859_1);
        IngestException e = assertThrows(IngestException.class, () -> ingestor.read(Files.write(dir.resolve("odd.pdf"), b)));
        assertFalse(e.getMessage().isBlank());
    }

    private String reason(Path file) {
        return assertThrows(IngestException.class, () -> ingestor.read(file)).getMessage();
    }
}
