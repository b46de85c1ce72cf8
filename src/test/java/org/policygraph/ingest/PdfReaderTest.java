package org.policygraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.model.Document;

class PdfReaderTest {
    @TempDir
    Path dir;

    private final Ingestor ingestor = new Ingestor();

    private static final List<String> ARTICLE = List.of(
            "Port Inspections Report",
            "The Drug Enforcement Administration and the Coast Guard said on Monday that joint inspections at the "
                    + "port of Baltimore had found cocaine in refrigerated containers shipped from Colombia.",
            "Inspectors from U.S. Customs and Border Protection opened more than four hundred containers during "
                    + "the operation, which officials called Operation Cold Chain.",
            "The agencies plan to extend the inspections to two more ports next year.");

    @Test
    void readsAPlainPdf() throws Exception {
        Path pdf = dir.resolve("plain.pdf");
        TestPdfs.write(pdf, List.of("The Coast Guard met Europol officials in The Hague."), 200);
        Document d = ingestor.read(pdf);
        assertEquals("The Coast Guard met Europol officials in The Hague.", d.text());
        assertEquals("plain.pdf", d.id());
    }

    @Test
    void rejoinsLinesBrokenMidSentenceIntoTheOriginalParagraphs() throws Exception {
        Path pdf = dir.resolve("wrapped.pdf");
        TestPdfs.write(pdf, ARTICLE, 45);
        Document d = ingestor.read(pdf);
        assertEquals(String.join("\n\n", ARTICLE), d.text());
        assertEquals("Port Inspections Report", d.title());
    }

    @Test
    void dropsRunningHeadersAndPageNumbersAcrossPages() throws Exception {
        Path pdf = dir.resolve("paged.pdf");
        TestPdfs.write(pdf, ARTICLE, 45, 5, "Harbor Policy Review - Spring Issue", null, null);
        Document d = ingestor.read(pdf);
        assertFalse(d.text().contains("Harbor Policy Review"), d.text());
        assertEquals(String.join("\n\n", ARTICLE), d.text());
    }

    @Test
    void encryptedPdfWithoutPasswordIsNamed() throws Exception {
        Path pdf = dir.resolve("locked.pdf");
        TestPdfs.write(pdf, ARTICLE, 80, 1000, null, "owner-secret", "user-secret");
        IngestException e = assertThrows(IngestException.class, () -> ingestor.read(pdf));
        assertEquals("encrypted PDF", e.getMessage());
    }

    @Test
    void truncatedPdfIsNotReadable() throws Exception {
        Path whole = dir.resolve("whole.pdf");
        TestPdfs.write(whole, ARTICLE, 80);
        byte[] b = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.pdf"), Arrays.copyOf(b, b.length / 3));
        IngestException e = assertThrows(IngestException.class, () -> ingestor.read(cut));
        assertTrue(e.getMessage().startsWith("not a readable PDF ("), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void headerOnlyPdfIsNotReadable() throws Exception {
        Path pdf = Files.writeString(dir.resolve("stub.pdf"), "%PDF-1.4\n1 0 obj << /Type /Catalog");
        IngestException e = assertThrows(IngestException.class, () -> ingestor.read(pdf));
        assertTrue(e.getMessage().startsWith("not a readable PDF ("), e.getMessage());
    }

    @Test
    void randomBytesAreNotAPdf() throws Exception {
        byte[] junk = new byte[50_000];
        new Random(7).nextBytes(junk);
        Path pdf = Files.write(dir.resolve("junk.pdf"), junk);
        IngestException e = assertThrows(IngestException.class, () -> ingestor.read(pdf));
        assertEquals("not a readable PDF (no PDF header)", e.getMessage());
    }

    @Test
    void pdfWithoutTextLayerIsNamed() throws Exception {
        Path pdf = dir.resolve("scan.pdf");
        TestPdfs.writeBlank(pdf);
        IngestException e = assertThrows(IngestException.class, () -> ingestor.read(pdf));
        assertEquals("PDF has no text layer", e.getMessage());
    }
}
