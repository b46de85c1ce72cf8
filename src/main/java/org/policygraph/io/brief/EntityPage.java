package org.policygraph.io.brief;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.policygraph.extract.Ontology;
import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.model.EntityType;
import org.policygraph.model.Entity;
import org.policygraph.model.Relation;
import org.policygraph.model.RelationType;

/**
 * One central entity: who it is, its ego network, its relations as a table and the sentences behind them.
 * Stated relations are listed in full; co-mentions are capped, since they are the weakest evidence.
 */
final class EntityPage {
    static final int NEIGHBOURS_MAX = 14;
    static final int STATED_ROWS_MAX = 16;
    static final int COMENTION_ROWS_MAX = 6;
    /** Rows always shown, even when the page then runs over. */
    static final int ROWS_MIN = 3;
    static final int STATED_ROWS_WANTED = 8;
    private static final float QUOTE_SIZE = 9.2f;
    private static final float QUOTE_INDENT = 12;
    static final int QUOTES_MAX = 5;
    static final int QUOTES_MIN = 2;
    private static final float ROW_HEIGHT = Table.LEADING + Table.PAD * 1.6f;
    /** Heading, caption, table header, the "left out" note and the gap after the table. */
    private static final float TABLE_OVERHEAD = 11.5f * 1.35f + 8 * 1.4f + 2 + Table.SIZE + Table.PAD * 1.5f + 1 + 3 + 8 * 1.4f + 10;

    private final PageFlow flow;
    private final Ontology ontology;
    private final KnowledgeGraph kg;
    private final BriefingPlan plan;

    EntityPage(PageFlow flow, Ontology ontology, KnowledgeGraph kg, BriefingPlan plan) {
        this.flow = flow;
        this.ontology = ontology;
        this.kg = kg;
        this.plan = plan;
    }

    void draw(Entity e, int rank, int of) {
        flow.newPage();
        header(e, rank, of);
        picture(e);
        List<BriefingPlan.Quote> quotes = plan.quotes(e, QUOTES_MAX);
        List<BriefingPlan.Row> all = plan.rows(e);
        int stated = (int) all.stream().filter(BriefingPlan.Row::stated).count();
        // stated relations (up to STATED_ROWS_WANTED) matter more than the third to fifth quote
        int rows = Math.min(all.size(), Math.max(ROWS_MIN, Math.min(stated, STATED_ROWS_WANTED)));
        // drop quotes (down to QUOTES_MIN) before the page would run over with the shortest table
        float room = flow.y - PageFlow.BOTTOM;
        while (quotes.size() > QUOTES_MIN && TABLE_OVERHEAD + rows * ROW_HEIGHT + quotesHeight(quotes) > room) {
            quotes = withoutLongest(quotes);
        }
        while (rows > ROWS_MIN && TABLE_OVERHEAD + rows * ROW_HEIGHT + quotesHeight(quotes) > room) rows--;
        relations(e, quotes, rows);
        quotes(e, quotes);
    }

    private void header(Entity e, int rank, int of) {
        EntityType t = ontology.entityType(e.type());
        float base = flow.y - 8.5f;
        try {
            Shapes.draw(flow.out(), t.shape(), PageFlow.LEFT + 4.5f, base + 3, 4.5f, Ink.rgb(t.color()), Ink.WHITE, 0.6f);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        flow.draw(flow.fonts.bold, 8.5f, Ink.rgb(t.color()), PageFlow.LEFT + 14, base, t.label().toUpperCase());
        String pos = "Central entity " + rank + " of " + of;
        flow.draw(flow.fonts.regular, 8.5f, Ink.FAINT, PageFlow.RIGHT - flow.width(flow.fonts.regular, 8.5f, pos), base, pos);
        flow.gap(22);
        for (String l : flow.wrap(flow.fonts.bold, 20, e.label(), PageFlow.WIDTH)) {
            flow.draw(flow.fonts.bold, 20, Ink.TEXT, PageFlow.LEFT, flow.y - 20, l);
            flow.gap(25);
        }
        List<String> aliases = e.aliases().stream().filter(a -> !a.equalsIgnoreCase(e.label())).limit(6).toList();
        if (!aliases.isEmpty()) flow.paragraph(flow.fonts.regular, 9.5f, Ink.MUTED, "Also: " + String.join(", ", aliases));
        List<BriefingPlan.Row> rows = plan.rows(e);
        long stated = rows.stream().filter(BriefingPlan.Row::stated).count();
        int docs = e.documents().size();
        flow.paragraph(flow.fonts.regular, 9.5f, Ink.MUTED, "Mentioned " + times(plan.mentionCount(e)) + " in "
                + docs + (docs == 1 ? " document" : " documents") + " \u00b7 " + stated + " stated "
                + (stated == 1 ? "relation" : "relations") + " \u00b7 " + (rows.size() - stated) + " co-mentions"
                + (plan.neighbourCount(e) > NEIGHBOURS_MAX ? " \u00b7 the picture shows the " + NEIGHBOURS_MAX
                        + " closest of " + plan.neighbourCount(e) + " connected entities" : ""));
        flow.gap(8);
    }

    private static String times(int n) {
        return n == 1 ? "once" : n == 2 ? "twice" : n + " times";
    }

    private void picture(Entity e) {
        List<Entity> around = plan.neighbours(e, NEIGHBOURS_MAX);
        float h = 215;
        float[] box = {PageFlow.LEFT, flow.y - h, PageFlow.WIDTH, h};
        flow.fillRect(box[0], box[1], box[2], box[3], Ink.PANEL);
        Map<Entity, Position> at = RadialLayout.ego(e, around, box[2], box[3]);
        Set<Entity> members = new LinkedHashSet<>(at.keySet());
        List<Relation> rels = new ArrayList<>();
        for (Relation r : plan.relationsAmong(members)) {
            boolean touches = kg.source(r).equals(e) || kg.target(r).equals(e);
            if (touches || !RelationType.isCooccurrence(r.type())) rels.add(r);
        }
        new GraphPicture(flow, ontology).draw(kg, box, at, rels, plan::importance, e);
        flow.y = box[1] - 8;
        new Legend(flow, ontology).draw(BriefingWriter.typesOf(List.copyOf(members)), BriefingWriter.relationTypesOf(rels));
        flow.gap(4);
    }

    private void relations(Entity e, List<BriefingPlan.Quote> quotes, int rowsMin) {
        List<BriefingPlan.Row> rows = plan.rows(e);
        if (rows.isEmpty()) return;
        flow.ensure(60);
        flow.line(flow.fonts.bold, 11.5f, Ink.TEXT, "Relations");
        flow.paragraph(flow.fonts.regular, 8, Ink.MUTED, "\u2192 from " + e.shortLabel() + " to the other entity, \u2190 the other way. "
                + "Sources: documents that state it.");
        flow.gap(2);
        float w = PageFlow.WIDTH;
        Table t = new Table(flow, List.of(new Table.Column("Relation", 125, false),
                new Table.Column("With", w - 125 - 82 - 50, false), new Table.Column("Type", 82, false),
                new Table.Column("Sources", 50, true)),
                () -> flow.line(flow.fonts.bold, 11.5f, Ink.TEXT, e.label() + ": relations (continued)"));
        t.header();
        // as many rows as leave room for the quotes (measured, long names wrap), so an entity keeps one page
        float room = flow.y - PageFlow.BOTTOM - quotesHeight(quotes) - (3 + 8 * 1.4f + 10);
        int stated = 0, co = 0, shown = 0, hidden = 0;
        for (BriefingPlan.Row r : rows) {
            List<Table.Cell> cells = cells(r);
            float h = t.rowHeight(cells);
            boolean quota = r.stated() ? stated++ < STATED_ROWS_MAX : co++ < COMENTION_ROWS_MAX;
            if (!quota || (shown >= rowsMin && h > room)) {
                hidden++;
                continue;
            }
            t.row(cells);
            room -= h;
            shown++;
        }
        if (hidden > 0) {
            flow.gap(3);
            flow.paragraph(flow.fonts.italic, 8, Ink.MUTED, hidden + " more "
                    + (hidden == 1 ? "relation, with as many or fewer sources, is" : "relations, with as many or fewer sources, are") + " left out here; the graph export has them all.");
        }
        flow.gap(10);
    }

    private List<BriefingPlan.Quote> withoutLongest(List<BriefingPlan.Quote> quotes) {
        List<BriefingPlan.Quote> out = new ArrayList<>(quotes);
        out.remove(out.stream().max(java.util.Comparator.comparingInt(q -> q.text().length())).orElseThrow());
        return out;
    }

    private List<String> quoteLines(BriefingPlan.Quote q) {
        // a sentence that is itself a quotation keeps its own marks rather than gaining a second pair
        boolean quoted = q.text().startsWith("\u201c") || q.text().startsWith("\"");
        String text = quoted ? q.text() : "\u201c" + q.text() + "\u201d";
        return flow.wrap(flow.fonts.italic, QUOTE_SIZE, text, PageFlow.WIDTH - QUOTE_INDENT);
    }

    private List<Table.Cell> cells(BriefingPlan.Row r) {
        String rel = !r.stated() ? r.relation() : (r.outgoing() ? "\u2192 " : "\u2190 ") + r.relation();
        float[] swatch = Ink.rgb(ontology.relationStyle(r.type()).color());
        return List.of(new Table.Cell(rel, flow.fonts.regular, r.stated() ? Ink.TEXT : Ink.MUTED, null, swatch),
                Table.text(r.stated() ? flow.fonts.bold : flow.fonts.regular, Ink.TEXT, r.other().label()),
                Table.text(flow.fonts.regular, Ink.MUTED, ontology.entityType(r.other().type()).label()),
                Table.text(flow.fonts.regular, Ink.TEXT, String.valueOf(r.sources())));
    }

    /** Height the quotes section will take (heading, lines, citations, gaps). */
    private float quotesHeight(List<BriefingPlan.Quote> quotes) {
        if (quotes.isEmpty()) return 0;
        float h = 11.5f * 1.35f + 3;
        for (BriefingPlan.Quote q : quotes) h += quoteLines(q).size() * QUOTE_SIZE * 1.4f + 12 + 8;
        return h;
    }

    private void quotes(Entity e, List<BriefingPlan.Quote> quotes) {
        if (quotes.isEmpty()) return;
        flow.ensure(70);
        flow.line(flow.fonts.bold, 11.5f, Ink.TEXT, "From the documents");
        flow.gap(3);
        float size = QUOTE_SIZE, indent = QUOTE_INDENT;
        int shown = 0;
        // quotes beyond the minimum that do not fit on the page are left out rather than spilling over
        for (BriefingPlan.Quote q : quotes) {
            List<String> lines = quoteLines(q);
            float h = lines.size() * size * 1.4f + 16;
            if (flow.y - h < PageFlow.BOTTOM && shown >= QUOTES_MIN) break;
            if (flow.ensure(h)) flow.line(flow.fonts.bold, 11.5f, Ink.TEXT, e.label() + ": from the documents (continued)");
            shown++;
            float top = flow.y;
            for (String l : lines) {
                flow.draw(flow.fonts.italic, size, Ink.TEXT, PageFlow.LEFT + indent, flow.y - size, l);
                flow.y -= size * 1.4f;
            }
            String cite = "\u2014 " + q.title() + (q.date() != null ? ", " + q.date() : "");
            flow.draw(flow.fonts.regular, 7.8f, Ink.MUTED, PageFlow.LEFT + indent, flow.y - 8.5f,
                    flow.fitLine(flow.fonts.regular, 7.8f, cite, PageFlow.WIDTH - indent));
            flow.y -= 12;
            flow.fillRect(PageFlow.LEFT, flow.y + 2, 2.2f, top - flow.y - 2, Ink.rgb(ontology.color(e.type())));
            flow.gap(8);
        }
    }
}
