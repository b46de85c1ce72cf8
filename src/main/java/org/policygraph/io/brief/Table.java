package org.policygraph.io.brief;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A table that flows over pages: cells wrap, light zebra rows, and the header repeats (after the caller's
 * continuation heading) whenever a row does not fit on the current page.
 */
final class Table {
    static final float SIZE = 8.8f;
    static final float LEADING = SIZE * 1.35f;
    static final float PAD = 4f;

    record Column(String title, float width, boolean right) {
    }

    /** A cell: text in a font and colour, an optional second line (small, muted) and an optional colour swatch. */
    record Cell(String text, PDFont font, float[] colour, String note, float[] swatch) {
    }

    private final PageFlow flow;
    private final List<Column> columns;
    private final Runnable continued;
    private int rowCount;

    Table(PageFlow flow, List<Column> columns, Runnable continued) {
        this.flow = flow;
        this.columns = columns;
        this.continued = continued;
    }

    void header() {
        flow.ensure(LEADING * 3);
        float x = PageFlow.LEFT;
        float base = flow.y - SIZE - PAD / 2;
        for (Column c : columns) {
            String title = c.title().toUpperCase();
            float w = flow.width(flow.fonts.bold, SIZE - 1.2f, title);
            float at = c.right() ? x + c.width() - PAD - w : x + PAD;
            flow.draw(flow.fonts.bold, SIZE - 1.2f, Ink.MUTED, at, base, title);
            x += c.width();
        }
        flow.y -= SIZE + PAD * 1.5f;
        flow.rule(PageFlow.LEFT, PageFlow.LEFT + totalWidth(), flow.y, Ink.FAINT, 0.6f);
        flow.y -= 1f;
        rowCount = 0;
    }

    /** The height a row of these cells takes (cells wrap within their column). */
    float rowHeight(List<Cell> cells) {
        return layout(cells, new ArrayList<>(), new ArrayList<>());
    }

    private float layout(List<Cell> cells, List<List<String>> lines, List<List<String>> notes) {
        int height = 1;
        float noteHeight = 0;
        for (int i = 0; i < columns.size(); i++) {
            Cell c = cells.get(i);
            float room = columns.get(i).width() - 2 * PAD - (c.swatch() != null ? 11 : 0);
            List<String> l = flow.wrap(c.font(), SIZE, c.text(), room);
            List<String> n = c.note() == null || c.note().isBlank() ? List.of()
                    : flow.wrap(flow.fonts.regular, SIZE - 1.6f, c.note(), room);
            lines.add(l);
            notes.add(n);
            height = Math.max(height, l.size());
            noteHeight = Math.max(noteHeight, n.size() * (SIZE - 1.6f) * 1.3f);
        }
        return height * LEADING + noteHeight + PAD * 1.6f;
    }

    void row(List<Cell> cells) {
        List<List<String>> lines = new ArrayList<>();
        List<List<String>> notes = new ArrayList<>();
        float h = layout(cells, lines, notes);
        if (flow.y - h < PageFlow.BOTTOM) {
            flow.newPage();
            continued.run();
            header();
        }
        if (rowCount % 2 == 1) flow.fillRect(PageFlow.LEFT, flow.y - h, totalWidth(), h, Ink.PANEL);
        float x = PageFlow.LEFT;
        for (int i = 0; i < columns.size(); i++) {
            Column col = columns.get(i);
            Cell c = cells.get(i);
            float base = flow.y - PAD - SIZE + 1;
            float tx = x + PAD;
            if (c.swatch() != null) {
                flow.fillRect(tx, base + 1.5f, 7, 2.6f, c.swatch());
                tx += 11;
            }
            for (String line : lines.get(i)) {
                float at = col.right() ? x + col.width() - PAD - BriefFonts.width(c.font(), SIZE, line) : tx;
                flow.draw(c.font(), SIZE, c.colour(), at, base, line);
                base -= LEADING;
            }
            for (String n : notes.get(i)) {
                flow.draw(flow.fonts.regular, SIZE - 1.6f, Ink.MUTED, tx, base + 1.5f, n);
                base -= (SIZE - 1.6f) * 1.3f;
            }
            x += col.width();
        }
        flow.y -= h;
        rowCount++;
    }

    private float totalWidth() {
        float w = 0;
        for (Column c : columns) w += c.width();
        return w;
    }

    static Cell text(PDFont font, float[] colour, String text) {
        return new Cell(text, font, colour, null, null);
    }
}
