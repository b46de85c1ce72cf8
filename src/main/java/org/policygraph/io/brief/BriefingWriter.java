package org.policygraph.io.brief;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.jgrapht.Graph;
import org.policygraph.extract.Ontology;
import org.policygraph.graph.GraphAnalytics;
import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.io.AtomicFiles;
import org.policygraph.model.Entity;
import org.policygraph.model.Relation;
import org.policygraph.model.RelationType;

/**
 * Writes the briefing PDF: title page with the corpus summary, overview map, one page per central entity, and an
 * index of documents, with page numbers in the footer. An empty graph gives a single page that says so.
 */
public final class BriefingWriter {
    public static final int FOCUS_COUNT_DEFAULT = 8;
    public static final int OVERVIEW_NODES_DEFAULT = 60;
    /**
     * The overview is laid out in a box this much smaller than the picture, then scaled up: layouters keep a
     * minimum distance between vertices in layout pixels, so the scaled result leaves room for labels.
     */
    public static final double OVERVIEW_LAYOUT_SCALE = 0.5;
    public static final String TITLE_DEFAULT = "Drug-enforcement policy: who works with whom";
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final Ontology ontology;
    private final OverviewPlacer placer;
    private final String title;
    private final LocalDate date;
    private final boolean embedFonts;

    /** @param placer positions for the overview map, e.g. a force layout handed in by the caller */
    public BriefingWriter(Ontology ontology, OverviewPlacer placer, String title, LocalDate date) {
        this(ontology, placer, title, date, true);
    }

    private BriefingWriter(Ontology ontology, OverviewPlacer placer, String title, LocalDate date, boolean embedFonts) {
        this.ontology = ontology;
        this.placer = placer;
        this.title = title == null || title.isBlank() ? TITLE_DEFAULT : title;
        this.date = date;
        this.embedFonts = embedFonts;
    }

    /** The same writer with the standard Helvetica faces only (no embedded system font). */
    public BriefingWriter withStandardFonts() {
        return new BriefingWriter(ontology, placer, title, date, false);
    }

    /** Writes atomically: a reader never sees half a PDF, and a failure leaves any old file in place. */
    public void write(KnowledgeGraph kg, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(kg, out));
    }

    public void write(KnowledgeGraph kg, OutputStream out) throws IOException {
        BriefingPlan plan = new BriefingPlan(kg, ontology, FOCUS_COUNT_DEFAULT);
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("PolicyGraph");
            BriefFonts fonts = BriefFonts.load(doc, embedFonts);
            List<Map.Entry<String, Integer>> contents = new ArrayList<>();
            float contentsTop;
            try (PageFlow flow = new PageFlow(doc, fonts)) {
                titlePage(flow, kg, plan);
                contentsTop = flow.y;
                if (!plan.isEmpty()) {
                    contents.add(Map.entry("Overview map", doc.getNumberOfPages() + 1));
                    overview(flow, kg, plan);
                    EntityPage pages = new EntityPage(flow, ontology, kg, plan);
                    List<Entity> focus = plan.focus();
                    for (int i = 0; i < focus.size(); i++) {
                        contents.add(Map.entry(focus.get(i).label(), doc.getNumberOfPages() + 1));
                        pages.draw(focus.get(i), i + 1, focus.size());
                    }
                    contents.add(Map.entry("Documents", doc.getNumberOfPages() + 1));
                    documentIndex(flow, plan);
                }
            }
            contents(doc, fonts, contentsTop, contents);
            footers(doc, fonts);
            doc.save(out);
        }
    }

    private void titlePage(PageFlow flow, KnowledgeGraph kg, BriefingPlan plan) {
        flow.newPage();
        flow.line(flow.fonts.bold, 8.5f, Ink.ACCENT, "POLICYGRAPH  BRIEFING");
        flow.rule(PageFlow.LEFT, PageFlow.RIGHT, flow.y, Ink.ACCENT, 1.2f);
        flow.gap(80);
        for (String l : flow.wrap(flow.fonts.bold, 27, title, PageFlow.WIDTH)) {
            flow.draw(flow.fonts.bold, 27, Ink.TEXT, PageFlow.LEFT, flow.y - 27, l);
            flow.gap(34);
        }
        flow.gap(6);
        flow.line(flow.fonts.regular, 12, Ink.MUTED, "Prepared " + LONG_DATE.format(date));
        flow.gap(28);
        int docs = kg.documents().size();
        String range = plan.dateRange();
        long dated = kg.documents().stream().filter(d -> d.date() != null && !d.date().isBlank()).count();
        String when = range == null ? "" : dated == docs ? " dated " + range : " (" + dated + " dated: " + range + ")";
        String corpus = "Drawn from " + docs + (docs == 1 ? " document" : " documents") + when + ": " + kg.entityCount() + " entities and "
                + kg.relationCount() + " relations, each traced to the sentences that state it.";
        flow.paragraph(flow.fonts.regular, 11, Ink.TEXT, corpus);
        if (plan.isEmpty()) {
            flow.gap(24);
            flow.paragraph(flow.fonts.bold, 12, Ink.TEXT, "No entities were found in the documents given.");
            flow.paragraph(flow.fonts.regular, 10, Ink.MUTED, "Check that the paths point at readable .txt, .md, "
                    + ".html or .pdf files about the subject; there is nothing to map yet.");
            return;
        }
        flow.gap(26);
        summaryTables(flow, plan);
        flow.gap(30);
        flow.line(flow.fonts.bold, 9.5f, Ink.TEXT, "How to read this briefing");
        flow.paragraph(flow.fonts.regular, 9.5f, Ink.MUTED, "The overview map shows the most connected entities. "
                + "The pages after it take the " + plan.focus().size() + " most central entities one by one: "
                + "who they are connected to, how, in how many documents, and the sentences behind it. "
                + "Relations marked \"mentioned with\" only share a sentence and are the weakest signal. "
                + "The last pages list every document used.");
    }

    private void summaryTables(PageFlow flow, BriefingPlan plan) {
        float top = flow.y;
        float colW = (PageFlow.WIDTH - 30) / 2;
        flow.line(flow.fonts.bold, 10, Ink.TEXT, "Entities by type");
        flow.gap(4);
        for (Map.Entry<String, Integer> e : plan.entityCounts().entrySet()) {
            var t = ontology.entityType(e.getKey());
            countLine(flow, PageFlow.LEFT, colW, t.label(), e.getValue(), () -> {
                try {
                    Shapes.draw(flow.out(), t.shape(), PageFlow.LEFT + 4, flow.y - 6.5f, 3.8f, Ink.rgb(t.color()), Ink.WHITE, 0.6f);
                } catch (IOException ex) {
                    throw new java.io.UncheckedIOException(ex);
                }
            });
        }
        float leftEnd = flow.y;
        flow.y = top;
        float x = PageFlow.LEFT + colW + 30;
        flow.draw(flow.fonts.bold, 10, Ink.TEXT, x, flow.y - 10, "Relations by type");
        flow.gap(13.5f + 4);
        for (Map.Entry<String, Integer> e : plan.relationCounts().entrySet()) {
            var st = ontology.relationStyle(e.getKey());
            String label = RelationType.isCooccurrence(e.getKey()) ? st.label() + " (same sentence)" : st.label();
            float[] c = Ink.rgb(st.color());
            countLine(flow, x, colW, label, e.getValue(), () -> flow.fillRect(x, flow.y - 7.5f, 9, 2.4f, c));
        }
        flow.y = Math.min(leftEnd, flow.y);
    }

    private static void countLine(PageFlow flow, float x, float width, String label, int count, Runnable swatch) {
        swatch.run();
        flow.draw(flow.fonts.regular, 9.5f, Ink.TEXT, x + 14, flow.y - 9.5f, label);
        String n = String.valueOf(count);
        flow.draw(flow.fonts.bold, 9.5f, Ink.TEXT, x + width - flow.width(flow.fonts.bold, 9.5f, n), flow.y - 9.5f, n);
        flow.y -= 13.5f;
        flow.rule(x, x + width, flow.y + 1.5f, Ink.RULE, 0.4f);
    }

    private void overview(PageFlow flow, KnowledgeGraph kg, BriefingPlan plan) {
        flow.newPage();
        List<Entity> shown = plan.overview(OVERVIEW_NODES_DEFAULT);
        flow.line(flow.fonts.bold, 18, Ink.TEXT, "Overview map");
        String what = shown.size() < kg.entityCount()
                ? "The " + shown.size() + " most central of " + kg.entityCount() + " entities."
                : "All " + kg.entityCount() + " entities.";
        flow.paragraph(flow.fonts.regular, 9.5f, Ink.MUTED, what + " Larger symbols are more central; coloured lines "
                + "are stated relations, faint dashed lines mean two entities share a sentence.");
        flow.gap(8);
        float h = Math.min(flow.y - PageFlow.BOTTOM - 70, PageFlow.WIDTH * 1.12f);
        float[] box = {PageFlow.LEFT, flow.y - h, PageFlow.WIDTH, h};
        flow.fillRect(box[0], box[1], box[2], box[3], Ink.PANEL);
        Graph<Entity, Relation> sub = GraphAnalytics.induced(kg.graph(), new LinkedHashSet<>(shown));
        Map<Entity, Position> at = placer.place(sub, box[2] * OVERVIEW_LAYOUT_SCALE, box[3] * OVERVIEW_LAYOUT_SCALE);
        List<Relation> rels = plan.relationsAmong(shown);
        new GraphPicture(flow, ontology).draw(kg, box, at, rels, plan::importance, null);
        flow.y = box[1] - 10;
        new Legend(flow, ontology).draw(typesOf(shown), relationTypesOf(rels));
    }

    static Set<String> typesOf(List<Entity> entities) {
        Set<String> out = new LinkedHashSet<>();
        entities.stream().map(Entity::type).sorted().forEach(out::add);
        return out;
    }

    static Set<String> relationTypesOf(List<Relation> relations) {
        List<String> types = new ArrayList<>(relations.stream().map(Relation::type).distinct().sorted().toList());
        types.sort((a, b) -> Boolean.compare(RelationType.isCooccurrence(a), RelationType.isCooccurrence(b)));
        return new LinkedHashSet<>(types);
    }

    private static void documentIndex(PageFlow flow, BriefingPlan plan) {
        flow.newPage();
        Runnable heading = () -> {
            flow.line(flow.fonts.bold, 18, Ink.TEXT, "Documents");
            flow.gap(6);
        };
        heading.run();
        List<BriefingPlan.DocRow> rows = plan.documents();
        flow.paragraph(flow.fonts.regular, 9.5f, Ink.MUTED, rows.size() + " documents were read for this briefing. "
                + "Quotes on the entity pages cite them by title and date.");
        flow.gap(8);
        float w = PageFlow.WIDTH;
        Table t = new Table(flow, List.of(new Table.Column("#", 24, true), new Table.Column("Title and path", w - 24 - 70 - 56, false),
                new Table.Column("Date", 70, false), new Table.Column("Entities", 56, true)),
                () -> flow.line(flow.fonts.bold, 12, Ink.TEXT, "Documents (continued)"));
        t.header();
        int i = 1;
        for (BriefingPlan.DocRow r : rows) {
            var d = r.document();
            t.row(List.of(Table.text(flow.fonts.regular, Ink.MUTED, String.valueOf(i++)),
                    new Table.Cell(d.title(), flow.fonts.bold, Ink.TEXT, d.path() != null ? d.path() : d.id(), null),
                    Table.text(flow.fonts.regular, Ink.TEXT, d.date() != null ? d.date() : "undated"),
                    Table.text(flow.fonts.regular, Ink.TEXT, String.valueOf(r.entities()))));
        }
    }

    /** The list of contents on the title page, written last because only then are the page numbers known. */
    private static void contents(PDDocument doc, BriefFonts fonts, float top, List<Map.Entry<String, Integer>> entries)
            throws IOException {
        if (entries.isEmpty()) return;
        float size = 9.5f, row = 15f, y = top - 26;
        if (y - row * 2 < PageFlow.BOTTOM) return;
        try (PDPageContentStream s = new PDPageContentStream(doc, doc.getPage(0), PDPageContentStream.AppendMode.APPEND, true, true)) {
            text(s, fonts.bold, size, Ink.TEXT, PageFlow.LEFT, y - size, fonts.clean(fonts.bold, "In this briefing"));
            y -= row + 3;
            // two columns when long, so the list stays on the title page
            int perColumn = entries.size() > 6 ? (entries.size() + 1) / 2 : entries.size();
            float colWidth = entries.size() > 6 ? (PageFlow.WIDTH - 30) / 2 : PageFlow.WIDTH;
            float startY = y;
            for (int i = 0; i < entries.size(); i++) {
                Map.Entry<String, Integer> e = entries.get(i);
                float left = PageFlow.LEFT + (i / perColumn) * (colWidth + 30), right = left + colWidth;
                if (i % perColumn == 0) y = startY;
                if (y - row < PageFlow.BOTTOM) continue;
                String page = String.valueOf(e.getValue());
                String label = fonts.clean(fonts.regular, e.getKey());
                while (label.length() > 4 && BriefFonts.width(fonts.regular, size, label) > colWidth - 30) {
                    label = label.substring(0, label.length() - 2);
                }
                text(s, fonts.regular, size, Ink.TEXT, left, y - size, label);
                text(s, fonts.regular, size, Ink.MUTED, right - BriefFonts.width(fonts.regular, size, page), y - size, page);
                s.setStrokingColor(Ink.RULE[0], Ink.RULE[1], Ink.RULE[2]);
                s.setLineWidth(0.4f);
                s.moveTo(left, y - row + 2);
                s.lineTo(right, y - row + 2);
                s.stroke();
                y -= row;
            }
        }
    }

    private static void text(PDPageContentStream s, org.apache.pdfbox.pdmodel.font.PDFont font, float size, float[] colour,
            float x, float baseline, String cleaned) throws IOException {
        s.setNonStrokingColor(colour[0], colour[1], colour[2]);
        s.beginText();
        s.setFont(font, size);
        s.newLineAtOffset(x, baseline);
        s.showText(cleaned);
        s.endText();
    }

    private void footers(PDDocument doc, BriefFonts fonts) throws IOException {
        int n = doc.getNumberOfPages();
        for (int i = 0; i < n; i++) {
            PDPage page = doc.getPage(i);
            try (PDPageContentStream s = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                float yy = PageFlow.MARGIN - 22;
                s.setStrokingColor(Ink.RULE[0], Ink.RULE[1], Ink.RULE[2]);
                s.setLineWidth(0.5f);
                s.moveTo(PageFlow.LEFT, yy + 12);
                s.lineTo(PageFlow.RIGHT, yy + 12);
                s.stroke();
                String left = fonts.clean(fonts.regular, "PolicyGraph briefing \u00b7 " + LONG_DATE.format(date));
                String right = "Page " + (i + 1) + " of " + n;
                text(s, fonts.regular, 7.5f, Ink.FAINT, PageFlow.LEFT, yy, left);
                text(s, fonts.regular, 7.5f, Ink.FAINT, PageFlow.RIGHT - BriefFonts.width(fonts.regular, 7.5f, right), yy, right);
            }
        }
    }
}
