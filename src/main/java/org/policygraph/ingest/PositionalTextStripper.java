package org.policygraph.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text stripper, also recording where each line sits on its page. PDFs have no paragraph marks; the
 * vertical gap between lines is the best evidence of a paragraph break, so pages come back as positioned lines.
 */
final class PositionalTextStripper extends PDFTextStripper {
    /** One line of a page: its text and the top of its first glyph, in page units from the top. */
    record Line(String text, float y, float height) {
    }

    private static final char MARK = '\u0001';
    private static final char MARK_END = '\u0002';
    private static final String PAGE_END = "\u0003";
    private boolean lineStart = true;

    PositionalTextStripper() {
        // content-stream order keeps the columns of a two-column page apart; sorting by position would interleave them
        setSortByPosition(false);
        setLineSeparator("\n");
        setPageEnd(PAGE_END);
    }

    /** The document's pages, each a list of lines in reading order. */
    List<List<Line>> pages(PDDocument pdf) throws IOException {
        String raw = getText(pdf);
        List<List<Line>> pages = new ArrayList<>();
        for (String page : raw.split(PAGE_END, -1)) {
            List<Line> lines = new ArrayList<>();
            for (String l : page.split("\n")) {
                int start = l.indexOf(MARK);
                int end = l.indexOf(MARK_END);
                if (start < 0 || end < start) {
                    if (!l.isBlank()) lines.add(new Line(l, Float.NaN, Float.NaN));
                    continue;
                }
                String[] yh = l.substring(start + 1, end).split(",");
                lines.add(new Line(l.substring(0, start) + l.substring(end + 1),
                        Float.parseFloat(yh[0]), Float.parseFloat(yh[1])));
            }
            pages.add(lines);
        }
        if (!pages.isEmpty() && pages.get(pages.size() - 1).isEmpty()) pages.remove(pages.size() - 1);
        return pages;
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        lineStart = true;
        super.startPage(page);
    }

    @Override
    protected void writeString(String text, List<TextPosition> textPositions) throws IOException {
        if (lineStart && !textPositions.isEmpty()) {
            TextPosition p = textPositions.get(0);
            writeString(MARK + Float.toString(p.getYDirAdj()) + "," + p.getHeightDir() + MARK_END);
            lineStart = false;
        }
        super.writeString(text, textPositions);
    }

    @Override
    protected void writeLineSeparator() throws IOException {
        super.writeLineSeparator();
        lineStart = true;
    }
}
