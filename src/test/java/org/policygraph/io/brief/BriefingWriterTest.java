package org.policygraph.io.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.extract.Ontology;
import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.model.Document;

class BriefingWriterTest {
    private static final java.util.concurrent.atomic.AtomicInteger KEPT = new java.util.concurrent.atomic.AtomicInteger();
    private static final LocalDate DAY = LocalDate.of(2026, 3, 4);

    private static BriefingWriter writer() {
        return new BriefingWriter(Ontology.defaults(), OverviewPlacer.CIRCLE, "Test briefing", DAY);
    }

    private static PDDocument render(BriefingWriter w, KnowledgeGraph g) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        w.write(g, out);
        String keep = System.getProperty("brief.keep");
        if (keep != null) Files.write(Path.of(keep + "-" + KEPT.incrementAndGet() + ".pdf"), out.toByteArray());
        return Loader.loadPDF(out.toByteArray());
    }

    private static String page(PDDocument pdf, int n) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(n);
        s.setEndPage(n);
        return s.getText(pdf).replaceAll("\\s+", " ");
    }

    @Test
    void titleOverviewOnePagePerCentralEntityAndIndex() throws IOException {
        try (PDDocument pdf = render(writer(), BriefFixtures.graph())) {
            // title + overview + 8 entity pages (one may overflow) + index
            assertTrue(pdf.getNumberOfPages() >= 11, "pages: " + pdf.getNumberOfPages());
            String title = page(pdf, 1);
            assertTrue(title.contains("Test briefing"), title);
            assertTrue(title.contains("4 March 2026"), title);
            assertTrue(title.contains("3 documents"), title);
            assertTrue(title.contains("Agency"), title);
            assertTrue(title.contains("In this briefing"), title);
            assertTrue(title.contains("Drug Enforcement Administration 3"), "contents give the page: " + title);
            String overview = page(pdf, 2);
            assertTrue(overview.contains("Overview map"), overview);
            assertTrue(overview.contains("DEA") || overview.contains("Drug Enforcement Administration"), overview);
            String all = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(all.contains("Central entity 1 of 8"), "entity pages");
            assertTrue(all.contains("Operation Quiet Harbour was run by the DEA"), "a quote");
            assertTrue(all.contains("Harbour task force report, 2023-05-02"), "a citation with title and date");
            String last = page(pdf, pdf.getNumberOfPages());
            assertTrue(last.contains("Documents"), last);
            assertTrue(last.contains("/data/web/beta.html"), last);
            assertTrue(last.contains("Page " + pdf.getNumberOfPages() + " of " + pdf.getNumberOfPages()), last);
        }
    }

    @Test
    void theMostCentralEntityComesFirstAndCoMentionOnlyEntitiesGetNoPage() throws IOException {
        try (PDDocument pdf = render(writer(), BriefFixtures.graph())) {
            String first = page(pdf, 3);
            assertTrue(first.contains("Central entity 1 of 8") && first.contains("Drug Enforcement Administration"), first);
            String all = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertFalse(all.matches(".*of 8 Hearing room.*"), "an entity with only co-mentions gets no page of its own");
        }
    }

    @Test
    void standardFontsReplaceWhatTheyCannotEncode() throws IOException {
        try (PDDocument pdf = render(writer().withStandardFonts(), BriefFixtures.graph())) {
            String all = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(all.contains("México"), "WinAnsi keeps accents");
            assertTrue(all.contains("shared seizure data -> weekly"), "arrows become ASCII");
            assertTrue(all.contains("\u201ccontrolled delivery\u201d") || all.contains("controlled delivery"), all);
        }
    }

    @Test
    void bigGraphsShowTheMostCentralOnTheOverviewAndLongTablesContinue() throws IOException {
        try (PDDocument pdf = render(writer(), BriefFixtures.large(240, 130))) {
            assertTrue(page(pdf, 2).contains("The 60 most central of 240 entities"), page(pdf, 2));
            String all = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(all.contains("Documents (continued)"), "the index runs over pages");
            assertTrue(all.contains("/archive/reports/2129/doc129.txt"), "the last document is listed");
            assertTrue(all.contains("are left out here"), "a hub's long table is cut with a note");
        }
    }

    @Test
    void emptyGraphGivesOnePageSayingSo() throws IOException {
        KnowledgeGraph g = new KnowledgeGraph();
        g.addDocument(new Document("empty.txt", "Nothing here", "/tmp/empty.txt", null, ""));
        try (PDDocument pdf = render(writer(), g)) {
            assertEquals(1, pdf.getNumberOfPages());
            assertTrue(page(pdf, 1).contains("No entities were found"), page(pdf, 1));
        }
        try (PDDocument pdf = render(writer().withStandardFonts(), new KnowledgeGraph())) {
            assertEquals(1, pdf.getNumberOfPages());
        }
    }

    @Test
    void writesAtomicallyToAFile(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("sub/brief.pdf");
        writer().write(BriefFixtures.graph(), out);
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertTrue(pdf.getNumberOfPages() > 3);
        }
        try (var files = Files.list(out.getParent())) {
            assertEquals(1, files.count(), "no temp file left behind");
        }
    }
}
