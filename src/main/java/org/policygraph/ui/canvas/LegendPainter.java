package org.policygraph.ui.canvas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

import org.policygraph.extract.Ontology;
import org.policygraph.model.Entity;
import org.policygraph.model.EntityType;
import org.policygraph.model.RelationType;

/**
 * The legend box in the top-right corner: each entity type shown (shape, colour, count) and the relation colours
 * in use, most frequent first. Measures itself first so the painter can keep labels out of it.
 */
final class LegendPainter {
    static final double MARGIN = 14;
    private static final double PAD = 10;
    private static final double ROW = 18;
    private static final int MAX_RELATION_ROWS = 10;

    private final Palette palette;
    private final TextMeasure measure;

    LegendPainter(Palette palette, TextMeasure measure) {
        this.palette = palette;
        this.measure = measure;
    }

    /** What the legend will show and how big it is. */
    record Layout(List<String[]> typeRows, List<String[]> relationRows, double x, double y, double w, double h) {
    }

    Layout measure(GraphScene scene, double canvasWidth, double canvasHeight) {
        Map<String, Integer> types = new LinkedHashMap<>();
        for (String t : palette.ontology().typeNames()) types.put(t, 0);
        for (Entity e : scene.entities()) types.merge(e.type(), 1, Integer::sum);
        Map<String, Integer> rels = new LinkedHashMap<>();
        for (SceneEdge e : scene.edges()) {
            String t = e.relation().type();
            if (scene.hideCooccurs() && RelationType.isCooccurrence(t)) continue;
            rels.merge(t, 1, Integer::sum);
        }
        List<String[]> typeRows = new ArrayList<>();
        types.forEach((t, n) -> {
            if (n > 0) typeRows.add(new String[] {t, palette.type(t).label() + "  " + n});
        });
        List<Map.Entry<String, Integer>> relList = new ArrayList<>(rels.entrySet());
        relList.sort((a, b) -> b.getValue() != a.getValue().intValue() ? b.getValue() - a.getValue()
                : a.getKey().compareTo(b.getKey()));
        List<String[]> relRows = new ArrayList<>();
        int room = (int) Math.max(0, (canvasHeight - 2 * MARGIN - 2 * PAD - (typeRows.size() + 2) * ROW) / ROW);
        int max = Math.min(MAX_RELATION_ROWS, room);
        for (int i = 0; i < relList.size() && i < max; i++) {
            Ontology.RelationStyle s = palette.ontology().relationStyle(relList.get(i).getKey());
            relRows.add(new String[] {s.name(), s.label() + "  " + relList.get(i).getValue()});
        }
        double textW = 0;
        for (String[] r : typeRows) textW = Math.max(textW, measure.width(r[1], Fonts.LEGEND));
        for (String[] r : relRows) textW = Math.max(textW, measure.width(r[1], Fonts.LEGEND));
        double headerW = Math.max(measure.width("Relations", Fonts.LEGEND_HEADER),
                measure.width(entitiesHeader(scene), Fonts.LEGEND_HEADER));
        double w = PAD * 2 + Math.max(28 + textW, headerW);
        double h = PAD * 2 + ROW * (1 + typeRows.size()) + (relRows.isEmpty() ? 0 : ROW * (1.4 + relRows.size()));
        return new Layout(typeRows, relRows, canvasWidth - w - MARGIN, MARGIN, w, h);
    }

    private static String entitiesHeader(GraphScene scene) {
        return scene.communities().isEmpty() ? "Entities" : "Entities (colour = community)";
    }

    void paint(GraphicsContext gc, GraphScene scene, Layout l) {
        gc.setGlobalAlpha(1);
        gc.setFill(Color.rgb(255, 255, 255, 0.93));
        gc.fillRoundRect(l.x(), l.y(), l.w(), l.h(), 10, 10);
        gc.setStroke(Color.web("#c9ced3"));
        gc.setLineWidth(1);
        gc.setLineDashes();
        gc.strokeRoundRect(l.x() + 0.5, l.y() + 0.5, l.w() - 1, l.h() - 1, 10, 10);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        double x = l.x() + PAD, y = l.y() + PAD + ROW / 2;
        gc.setFill(Palette.TEXT);
        gc.setFont(Fonts.LEGEND_HEADER);
        gc.fillText(entitiesHeader(scene), x, y);
        y += ROW;
        gc.setFont(Fonts.LEGEND);
        for (String[] r : l.typeRows()) {
            EntityType t = palette.type(r[0]);
            gc.setFill(scene.communities().isEmpty() ? palette.color(t.color()) : Color.web("#8a9299"));
            gc.setStroke(Color.WHITE);
            gc.setLineWidth(1);
            Shapes.draw(gc, t.shape(), x + 10, y, 6, true);
            gc.setFill(Palette.TEXT);
            gc.fillText(r[1], x + 28, y);
            y += ROW;
        }
        if (l.relationRows().isEmpty()) return;
        y += ROW * 0.4;
        gc.setFont(Fonts.LEGEND_HEADER);
        gc.fillText("Relations", x, y);
        y += ROW;
        gc.setFont(Fonts.LEGEND);
        for (String[] r : l.relationRows()) {
            gc.setStroke(palette.relationColor(r[0]));
            gc.setLineWidth(RelationType.isCooccurrence(r[0]) ? 1.2 : 2.4);
            if (palette.relationDashed(r[0])) gc.setLineDashes(5, 3);
            else gc.setLineDashes();
            gc.strokeLine(x, y, x + 20, y);
            gc.setLineDashes();
            gc.setFill(Palette.TEXT);
            gc.fillText(r[1], x + 28, y);
            y += ROW;
        }
    }
}
