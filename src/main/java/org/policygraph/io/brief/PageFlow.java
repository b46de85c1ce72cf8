package org.policygraph.io.brief;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text flowing down A4 pages: a cursor, wrapped paragraphs, and a new page when the next block does not fit.
 * Coordinates are PDF points from the bottom-left corner; {@link #y} is the top of the next block.
 */
final class PageFlow implements AutoCloseable {
    static final PDRectangle SIZE = PDRectangle.A4;
    static final float MARGIN = 60f;
    static final float LEFT = MARGIN;
    static final float RIGHT = SIZE.getWidth() - MARGIN;
    static final float WIDTH = RIGHT - LEFT;
    static final float TOP = SIZE.getHeight() - MARGIN;
    static final float BOTTOM = MARGIN + 14f;

    final PDDocument doc;
    final BriefFonts fonts;
    private PDPageContentStream out;
    float y;

    PageFlow(PDDocument doc, BriefFonts fonts) {
        this.doc = doc;
        this.fonts = fonts;
    }

    /** The content stream of the current page (a page is started when there is none). */
    PDPageContentStream out() {
        if (out == null) newPage();
        return out;
    }

    void newPage() {
        closeStream();
        PDPage page = new PDPage(SIZE);
        doc.addPage(page);
        try {
            out = new PDPageContentStream(doc, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = TOP;
    }

    /** Starts a new page unless {@code height} points still fit above the bottom margin. */
    boolean ensure(float height) {
        if (out == null || y - height < BOTTOM) {
            newPage();
            return true;
        }
        return false;
    }

    void gap(float points) {
        y -= points;
    }

    /** One line of text with its top at the cursor, then the cursor moves below it. */
    void line(PDFont font, float size, float[] colour, String text) {
        ensure(size * 1.35f);
        draw(font, size, colour, LEFT, y - size, text);
        y -= size * 1.35f;
    }

    /** A wrapped paragraph across the full text width. */
    void paragraph(PDFont font, float size, float[] colour, String text) {
        paragraph(font, size, colour, LEFT, WIDTH, text);
    }

    void paragraph(PDFont font, float size, float[] colour, float x, float width, String text) {
        for (String l : wrap(font, size, text, width)) {
            ensure(size * 1.4f);
            draw(font, size, colour, x, y - size, l);
            y -= size * 1.4f;
        }
    }

    /** Draws text with its baseline at (x, baseline); the text is cleaned for the font first. */
    void draw(PDFont font, float size, float[] colour, float x, float baseline, String text) {
        String clean = fonts.clean(font, text);
        if (clean.isEmpty()) return;
        try {
            PDPageContentStream s = out();
            s.beginText();
            s.setFont(font, size);
            s.setNonStrokingColor(colour[0], colour[1], colour[2]);
            s.newLineAtOffset(x, baseline);
            s.showText(clean);
            s.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    float width(PDFont font, float size, String text) {
        return BriefFonts.width(font, size, fonts.clean(font, text));
    }

    /** Greedy word wrap; a word longer than the width (a path, a URL) is cut into pieces that fit. */
    List<String> wrap(PDFont font, float size, String text, float width) {
        List<String> lines = new ArrayList<>();
        String clean = fonts.clean(font, text);
        StringBuilder current = new StringBuilder();
        for (String word : clean.split(" ")) {
            if (word.isEmpty()) continue;
            String candidate = current.length() == 0 ? word : current + " " + word;
            if (BriefFonts.width(font, size, candidate) <= width) {
                current.setLength(0);
                current.append(candidate);
                continue;
            }
            if (current.length() > 0) lines.add(current.toString());
            current.setLength(0);
            while (BriefFonts.width(font, size, word) > width) {
                int cut = fit(font, size, word, width);
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            current.append(word);
        }
        if (current.length() > 0) lines.add(current.toString());
        return lines;
    }

    /** The text cut to fit one line, ending in an ellipsis when cut. */
    String fitLine(PDFont font, float size, String text, float width) {
        String clean = fonts.clean(font, text);
        if (BriefFonts.width(font, size, clean) <= width) return clean;
        String dots = fonts.clean(font, "\u2026");
        float room = width - BriefFonts.width(font, size, dots);
        return clean.substring(0, fit(font, size, clean, Math.max(0, room))).stripTrailing() + dots;
    }

    private static int fit(PDFont font, float size, String word, float width) {
        int n = 1;
        while (n < word.length() && BriefFonts.width(font, size, word.substring(0, n + 1)) <= width) n++;
        return n;
    }

    void fillRect(float x, float yBottom, float w, float h, float[] colour) {
        try {
            PDPageContentStream s = out();
            s.setNonStrokingColor(colour[0], colour[1], colour[2]);
            s.addRect(x, yBottom, w, h);
            s.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A thin horizontal rule at height {@code at}. */
    void rule(float x1, float x2, float at, float[] colour, float thickness) {
        try {
            PDPageContentStream s = out();
            s.setStrokingColor(colour[0], colour[1], colour[2]);
            s.setLineWidth(thickness);
            s.setLineDashPattern(new float[0], 0);
            s.moveTo(x1, at);
            s.lineTo(x2, at);
            s.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeStream() {
        if (out == null) return;
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out = null;
    }

    @Override
    public void close() {
        closeStream();
    }
}
