package org.policygraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.io.brief.Position;
import org.policygraph.layout.Point;
import org.policygraph.model.Entity;

import picocli.CommandLine;

class BriefCommandTest {
    @Test
    void writesAPdfFromAFolder(@TempDir Path dir) throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("a.txt"), "The Drug Enforcement Administration (DEA) is part of the Department of Justice.\n");
        Path out = dir.resolve("brief.pdf");
        int code = new CommandLine(new BriefCommand()).execute("--quiet", "--title", "Folder test", "--out", out.toString(), docs.toString());
        assertEquals(0, code);
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertTrue(pdf.getNumberOfPages() >= 1);
            assertTrue(new PDFTextStripper().getText(pdf).contains("Folder test"));
        }
    }

    @Test
    void needsAnOutputFile(@TempDir Path dir) {
        CommandLine cl = new CommandLine(new BriefCommand());
        cl.setErr(new java.io.PrintWriter(java.io.Writer.nullWriter()));
        assertNotEquals(0, cl.execute(dir.toString()));
    }

    @Test
    void overviewPositionsComeFromTheLayouter() {
        KnowledgeGraph g = new KnowledgeGraph();
        Entity a = g.addEntity("Alpha Agency", "AGENCY");
        var placer = BriefCommand.forceLayout((graph, kind, w, h, pinned, progress) -> Map.of(a, new Point(3, 4)));
        assertEquals(Map.of(a, new Position(3, 4)), placer.place(g.graph(), 100, 100));
        assertEquals(List.of(a), List.copyOf(g.entities()));
    }
}
