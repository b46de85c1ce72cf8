package org.policygraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class MarkdownReaderTest {
    @Test
    void stripsMarkupAndKeepsTheWords() throws Exception {
        byte[] md = Fixtures.text("article.md").getBytes(StandardCharsets.UTF_8);
        ExtractedText t = new MarkdownReader().read(Path.of("article.md"), md);
        assertEquals("Notes on the Port Security Modernization Act", t.title());
        assertEquals("2024-05-02", t.date());
        assertEquals(List.of(
                "Port Security Modernization Act",
                "The Port Security Modernization Act would give U.S. Customs and Border Protection new funding for "
                        + "container scanners at twelve seaports, according to a summary from the Congressional "
                        + "Research Service.",
                "Main provisions",
                "Scanners for refrigerated containers at every major port.",
                "A joint office center run with the Coast Guard.",
                "Annual reports to the House Committee on Homeland Security.",
                "Agency; Role",
                "CBP; Scanning",
                "Coast Guard; Boarding",
                "code_block_line stays as text",
                "Critics say the bill_text does not fund treatment.",
                "Map of ports",
                "Setext Heading",
                "Final paragraph with an escaped *star* and a snake_case_name."), t.text().lines().toList());
    }

    @Test
    void firstHeadingIsTheTitleWithoutFrontMatter() throws Exception {
        byte[] md = "Intro line\n\n## The *Bold* Plan\n\nText.".getBytes(StandardCharsets.UTF_8);
        ExtractedText t = new MarkdownReader().read(Path.of("x.md"), md);
        assertEquals("The Bold Plan", t.title());
        assertEquals("Intro line\nThe Bold Plan\nText.", t.text());
    }
}
