package org.policygraph.ui.brief;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.io.AtomicFiles;
import org.policygraph.io.project.SavedView;
import org.policygraph.model.Document;
import org.policygraph.model.Evidence;
import org.policygraph.model.Relation;

/**
 * The story as a PDF deck (PDFBox): a title page listing the views, then one landscape page per view with its
 * title, the picture, the speaker notes and the evidence quotes behind its highlighted edges (or, with no path
 * highlighted, behind its best-sourced edges), each with its document. Pure: runs off the FX thread.
 */
public final class DeckWriter {
    public static final int QUOTES_PER_PAGE_DEFAULT = 4;
    public static final int QUOTE_CHARS_DEFAULT = 260;
    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 40;
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont italic = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
    private final Thumbnails pictures;

    public DeckWriter(Thumbnails pictures) {
        this.pictures = pictures;
    }

    public void write(String deckTitle, KnowledgeGraph g, List<SavedView> views, Path out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            titlePage(doc, deckTitle, views);
            for (SavedView v : views) viewPage(doc, g, v);
            AtomicFiles.write(out, doc::save);
        }
    }

    private void titlePage(PDDocument doc, String deckTitle, List<SavedView> views) throws IOException {
        PDPage page = new PDPage(PAGE);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            float y = PAGE.getHeight() - 150;
            y = text(cs, bold, 30, MARGIN + 20, y, deckTitle, PAGE.getWidth() - 2 * MARGIN);
            y = text(cs, regular, 14, MARGIN + 20, y - 10, "Briefing prepared with PolicyGraph, " + LocalDate.now(), 600);
            y -= 30;
            for (int i = 0; i < views.size(); i++) {
                y = text(cs, regular, 14, MARGIN + 40, y, (i + 1) + ".  " + views.get(i).title(), 600);
            }
        }
    }

    private void viewPage(PDDocument doc, KnowledgeGraph g, SavedView v) throws IOException {
        PDPage page = new PDPage(PAGE);
        doc.addPage(page);
        float width = PAGE.getWidth() - 2 * MARGIN;
        float pictureW = width * 0.62f, pictureH = PAGE.getHeight() - 2 * MARGIN - 50;
        BufferedImage img = PictureRenderer.render(pictures.picture(g, v, pictureW * 2, pictureH * 2), Color.WHITE);
        PDImageXObject x = LosslessFactory.createFromImage(doc, img);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            float top = PAGE.getHeight() - MARGIN;
            text(cs, bold, 22, MARGIN, top - 22, v.title(), width);
            cs.setStrokingColor(0.85f, 0.85f, 0.85f);
            cs.addRect(MARGIN, MARGIN, pictureW, pictureH);
            cs.stroke();
            cs.drawImage(x, MARGIN, MARGIN, pictureW, pictureH);
            float colX = MARGIN + pictureW + 18, colW = width - pictureW - 18;
            float y = top - 60;
            if (!v.notes().isBlank()) {
                y = text(cs, bold, 12, colX, y, "Notes", colW);
                y = text(cs, regular, 11, colX, y, v.notes(), colW) - 12;
            }
            List<Relation> edges = evidenceEdges(g, v);
            if (!edges.isEmpty()) {
                y = text(cs, bold, 12, colX, y, v.highlightedPath().isEmpty() ? "Key evidence" : "Evidence for the path", colW);
                int quotes = 0;
                java.util.Set<String> quoted = new java.util.HashSet<>();
                for (Relation r : edges) {
                    for (Evidence ev : r.evidence()) {
                        // one sentence often states several relations: quote it once
                        if (!quoted.add(ev.text())) continue;
                        if (quotes++ >= QUOTES_PER_PAGE_DEFAULT || y < MARGIN + 40) break;
                        String who = g.source(r).shortLabel() + " — " + r.type().toLowerCase().replace('_', ' ') + " — "
                                + g.target(r).shortLabel();
                        y = text(cs, bold, 9, colX, y, who, colW);
                        y = text(cs, italic, 10, colX, y, "“" + shorten(ev.text()) + "”", colW);
                        y = text(cs, regular, 9, colX, y, "— " + citation(g, ev), colW) - 6;
                        break;
                    }
                }
            }
        }
    }

    /** Highlighted edges of the view, else its edges stated by the most documents. */
    static List<Relation> evidenceEdges(KnowledgeGraph g, SavedView v) {
        Set<String> ids = Set.copyOf(v.highlightedPath());
        Set<String> nodes = Set.copyOf(v.visibleNodeIds());
        List<Relation> out = new ArrayList<>();
        for (Relation r : g.relations()) if (ids.contains(r.id()) && !r.evidence().isEmpty()) out.add(r);
        if (!out.isEmpty()) return out;
        for (Relation r : g.relations()) {
            if (!r.evidence().isEmpty() && nodes.contains(g.source(r).id()) && nodes.contains(g.target(r).id())
                    && !org.policygraph.model.RelationType.isCooccurrence(r.type())) out.add(r);
        }
        out.sort(Comparator.comparingInt((Relation r) -> r.documents().size()).reversed().thenComparing(Relation::id));
        return out.subList(0, Math.min(QUOTES_PER_PAGE_DEFAULT, out.size()));
    }

    private static String citation(KnowledgeGraph g, Evidence ev) {
        Document d = g.document(ev.doc()).orElse(null);
        String title = d == null ? ev.doc() : d.title();
        String date = ev.date() != null ? ev.date() : d != null && d.date() != null ? d.date() : null;
        return title + (date == null ? "" : ", " + date);
    }

    private static String shorten(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() <= QUOTE_CHARS_DEFAULT ? t : t.substring(0, QUOTE_CHARS_DEFAULT - 1) + "…";
    }

    /** Writes wrapped text from the baseline y downwards; returns the y below it. */
    private static float text(PDPageContentStream cs, PDFont font, float size, float x, float y, String s, float maxWidth)
            throws IOException {
        float lead = size * 1.3f;
        for (String paragraph : s.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String w = printable(font, word);
                String tryLine = line.isEmpty() ? w : line + " " + w;
                if (!line.isEmpty() && font.getStringWidth(tryLine) / 1000 * size > maxWidth) {
                    show(cs, font, size, x, y, line.toString());
                    y -= lead;
                    line = new StringBuilder(w);
                } else {
                    line = new StringBuilder(tryLine);
                }
            }
            show(cs, font, size, x, y, line.toString());
            y -= lead;
        }
        return y;
    }

    private static void show(PDPageContentStream cs, PDFont font, float size, float x, float y, String s) throws IOException {
        if (s.isEmpty()) return;
        cs.beginText();
        cs.setNonStrokingColor(0.1f, 0.12f, 0.15f);
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    /** The standard fonts know WinAnsi only: other characters become their nearest plain form or '?'. */
    static String printable(PDFont font, String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String one = switch (c) {
                case '\u2018', '\u2019' -> "'";
                case '\u201c', '\u201d' -> "\"";
                case '\u2013', '\u2014' -> "-";
                default -> String.valueOf(c);
            };
            try {
                font.encode(one);
                b.append(one);
            } catch (IOException | IllegalArgumentException e) {
                b.append('?');
            }
        }
        return b.toString();
    }
}
