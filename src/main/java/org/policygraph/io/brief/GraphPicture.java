package org.policygraph.io.brief;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.policygraph.extract.Ontology;
import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.model.Entity;
import org.policygraph.model.Relation;
import org.policygraph.model.RelationType;

/**
 * Draws a node-link picture as PDF vector graphics inside a box: edges coloured by relation type (co-mentions
 * faint and dashed), nodes shaped and coloured by entity type, labels with a white halo placed greedily by
 * importance so they never overlap (a label that cannot find room is left out rather than piled on another).
 */
final class GraphPicture {
    private static final float LABEL_SIZE = 6.8f;

    private final PageFlow flow;
    private final Ontology ontology;

    GraphPicture(PageFlow flow, Ontology ontology) {
        this.flow = flow;
        this.ontology = ontology;
    }

    /**
     * @param box        x, yBottom, width, height in page points
     * @param positions  layout positions in any space; scaled to fit the box
     * @param importance 0..1 per entity: node size and label priority
     * @param centre     entity drawn larger with a bold label, or null
     */
    void draw(KnowledgeGraph kg, float[] box, Map<Entity, Position> positions, List<Relation> relations,
            ToDoubleFunction<Entity> importance, Entity centre) {
        Map<Entity, float[]> at = fit(positions, box);
        PDPageContentStream s = flow.out();
        try {
            List<Relation> ordered = new ArrayList<>(relations);
            ordered.sort(Comparator.comparing((Relation r) -> !RelationType.isCooccurrence(r.type())));
            for (Relation r : ordered) {
                float[] a = at.get(kg.source(r)), b = at.get(kg.target(r));
                if (a == null || b == null) continue;
                edge(s, r, a, b);
            }
            Map<Entity, Float> radius = new HashMap<>();
            for (Entity e : at.keySet()) {
                float rad = e.equals(centre) ? 13f : 3.2f + 6.5f * (float) importance.applyAsDouble(e);
                radius.put(e, rad);
            }
            for (Entity e : at.keySet()) {
                float[] p = at.get(e);
                Shapes.draw(s, ontology.entityType(e.type()).shape(), p[0], p[1], radius.get(e),
                        Ink.rgb(ontology.color(e.type())), Ink.WHITE, 1.1f);
            }
            labels(s, at, radius, importance, centre, box);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private void edge(PDPageContentStream s, Relation r, float[] a, float[] b) throws IOException {
        boolean co = RelationType.isCooccurrence(r.type());
        Ontology.RelationStyle style = ontology.relationStyle(r.type());
        float[] c = co ? Ink.lighter(Ink.rgb(style.color()), 0.35f) : Ink.rgb(style.color());
        s.setStrokingColor(c[0], c[1], c[2]);
        s.setLineWidth(co ? 0.45f : (float) Math.min(2.6, 0.8 + 0.45 * Math.log1p(r.documents().size())));
        s.setLineDashPattern(co || style.dashed() ? new float[] {2.2f, 1.8f} : new float[0], 0);
        s.moveTo(a[0], a[1]);
        s.lineTo(b[0], b[1]);
        s.stroke();
        s.setLineDashPattern(new float[0], 0);
    }

    /** Scales positions into the box, keeping the aspect ratio and leaving room for labels at the edges. */
    static Map<Entity, float[]> fit(Map<Entity, Position> positions, float[] box) {
        Map<Entity, float[]> out = new HashMap<>();
        if (positions.isEmpty()) return out;
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (Position p : positions.values()) {
            minX = Math.min(minX, p.x());
            maxX = Math.max(maxX, p.x());
            minY = Math.min(minY, p.y());
            maxY = Math.max(maxY, p.y());
        }
        float padX = 46f, padY = 22f;
        double w = box[2] - 2 * padX, h = box[3] - 2 * padY;
        double spanX = Math.max(maxX - minX, 1e-9), spanY = Math.max(maxY - minY, 1e-9);
        double scale = Math.min(w / spanX, h / spanY);
        if (positions.size() == 1) scale = 0;
        double offX = box[0] + padX + (w - spanX * scale) / 2, offY = box[1] + padY + (h - spanY * scale) / 2;
        for (Map.Entry<Entity, Position> en : positions.entrySet()) {
            Position p = en.getValue();
            // layout y grows downwards, PDF y upwards
            float x = (float) (positions.size() == 1 ? box[0] + box[2] / 2 : offX + (p.x() - minX) * scale);
            float y = (float) (positions.size() == 1 ? box[1] + box[3] / 2 : offY + (maxY - p.y()) * scale);
            out.put(en.getKey(), new float[] {x, y});
        }
        return out;
    }

    private void labels(PDPageContentStream s, Map<Entity, float[]> at, Map<Entity, Float> radius,
            ToDoubleFunction<Entity> importance, Entity centre, float[] box) throws IOException {
        List<Entity> order = new ArrayList<>(at.keySet());
        order.sort(Comparator.comparing((Entity e) -> !e.equals(centre))
                .thenComparing(Comparator.comparingDouble(importance).reversed())
                .thenComparing(Entity::label));
        List<float[]> taken = new ArrayList<>();
        for (Map.Entry<Entity, float[]> en : at.entrySet()) {
            float[] p = en.getValue();
            float r = radius.get(en.getKey());
            taken.add(new float[] {p[0] - r, p[1] - r, p[0] + r, p[1] + r});
        }
        for (Entity e : order) {
            boolean main = e.equals(centre);
            PDFont font = main ? flow.fonts.bold : flow.fonts.regular;
            float size = main ? 9.5f : LABEL_SIZE;
            String text = flow.fitLine(font, size, main ? e.label() : e.shortLabel(), main ? 220 : 110);
            float w = BriefFonts.width(font, size, text);
            float[] p = at.get(e);
            float r = radius.get(e);
            float[][] options = {
                {p[0] - w / 2, p[1] - r - size - 1.5f},
                {p[0] - w / 2, p[1] + r + 2f},
                {p[0] + r + 3f, p[1] - size / 2.8f},
                {p[0] - r - 3f - w, p[1] - size / 2.8f}};
            for (float[] o : options) {
                float[] rect = {o[0] - 1, o[1] - 2, o[0] + w + 1, o[1] + size};
                if (rect[0] < box[0] || rect[2] > box[0] + box[2] || rect[1] < box[1] || rect[3] > box[1] + box[3]) continue;
                if (overlapsAny(rect, taken, e, at)) continue;
                taken.add(rect);
                halo(s, font, size, o[0], o[1], text);
                break;
            }
        }
    }

    private static boolean overlapsAny(float[] rect, List<float[]> taken, Entity self, Map<Entity, float[]> at) {
        float[] own = at.get(self);
        for (float[] t : taken) {
            boolean isOwnDot = Math.abs((t[0] + t[2]) / 2 - own[0]) < 0.01 && Math.abs((t[1] + t[3]) / 2 - own[1]) < 0.01;
            if (isOwnDot) continue;
            if (rect[0] < t[2] && rect[2] > t[0] && rect[1] < t[3] && rect[3] > t[1]) return true;
        }
        return false;
    }

    /** Text with a white outline first, so it stays readable over edges. */
    private void halo(PDPageContentStream s, PDFont font, float size, float x, float y, String text) throws IOException {
        s.beginText();
        s.setFont(font, size);
        s.setRenderingMode(RenderingMode.STROKE);
        s.setStrokingColor(1f, 1f, 1f);
        s.setLineWidth(2.2f);
        s.newLineAtOffset(x, y);
        s.showText(text);
        s.endText();
        s.beginText();
        s.setFont(font, size);
        s.setRenderingMode(RenderingMode.FILL);
        s.setNonStrokingColor(Ink.TEXT[0], Ink.TEXT[1], Ink.TEXT[2]);
        s.newLineAtOffset(x, y);
        s.showText(text);
        s.endText();
    }
}
