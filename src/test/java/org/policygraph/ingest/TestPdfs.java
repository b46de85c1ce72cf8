package org.policygraph.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Writes small PDFs for tests: paragraphs wrapped at a column width, optional running header and page numbers. */
final class TestPdfs {
    private static final float TOP = 780;
    private static final float LEADING = 14;

    private TestPdfs() {
    }

    /** Paragraphs wrapped at {@code width} characters, a blank line between them, {@code linesPerPage} per page. */
    static void write(Path file, List<String> paragraphs, int width, int linesPerPage, String runningHeader,
                      String ownerPassword, String userPassword) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String p : paragraphs) {
            lines.addAll(wrap(p, width));
            lines.add("");
        }
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            int pageNo = 0;
            for (int from = 0; from < lines.size(); from += linesPerPage) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                pageNo++;
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 11);
                    cs.setLeading(LEADING);
                    cs.newLineAtOffset(60, TOP);
                    if (runningHeader != null) {
                        cs.showText(runningHeader);
                        cs.newLine();
                        cs.newLine();
                    }
                    for (String line : lines.subList(from, Math.min(lines.size(), from + linesPerPage))) {
                        if (!line.isEmpty()) cs.showText(line);
                        cs.newLine();
                    }
                    cs.endText();
                    if (runningHeader != null) {
                        cs.beginText();
                        cs.setFont(font, 9);
                        cs.newLineAtOffset(290, 40);
                        cs.showText(Integer.toString(pageNo));
                        cs.endText();
                    }
                }
            }
            if (ownerPassword != null) {
                StandardProtectionPolicy policy =
                        new StandardProtectionPolicy(ownerPassword, userPassword, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(file.toFile());
        }
    }

    static void write(Path file, List<String> paragraphs, int width) throws IOException {
        write(file, paragraphs, width, 1000, null, null, null);
    }

    /** A PDF whose only page has no text at all (as a scan without OCR would). */
    static void writeBlank(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.addRect(100, 100, 200, 200);
                cs.fill();
            }
            doc.save(file.toFile());
        }
    }

    /** Greedy word wrap; words longer than the width stay whole. */
    static List<String> wrap(String paragraph, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                out.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) line.append(' ');
            line.append(word);
        }
        if (line.length() > 0) out.add(line.toString());
        return out;
    }
}
