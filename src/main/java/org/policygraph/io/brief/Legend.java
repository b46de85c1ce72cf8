package org.policygraph.io.brief;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;

import org.policygraph.extract.Ontology;
import org.policygraph.model.EntityType;
import org.policygraph.model.RelationType;

/** The key under a picture: entity types as their shapes, relation types as short coloured lines. */
final class Legend {
    private static final float SIZE = 7.8f;
    private static final float ROW = 13f;

    private final PageFlow flow;
    private final Ontology ontology;

    Legend(PageFlow flow, Ontology ontology) {
        this.flow = flow;
        this.ontology = ontology;
    }

    /** Draws the key across the text width from the cursor down, in as many rows as it needs. */
    void draw(Collection<String> entityTypes, Collection<String> relationTypes) {
        float x = PageFlow.LEFT;
        flow.ensure(ROW * 2);
        float base = flow.y - SIZE;
        try {
            for (String t : entityTypes) {
                EntityType et = ontology.entityType(t);
                float w = 14 + flow.width(flow.fonts.regular, SIZE, et.label()) + 14;
                if (x + w > PageFlow.RIGHT) {
                    x = PageFlow.LEFT;
                    base -= ROW;
                }
                Shapes.draw(flow.out(), et.shape(), x + 4, base + SIZE * 0.35f, 3.6f, Ink.rgb(et.color()), Ink.WHITE, 0.6f);
                flow.draw(flow.fonts.regular, SIZE, Ink.MUTED, x + 12, base, et.label());
                x += w;
            }
            if (!relationTypes.isEmpty()) {
                x = PageFlow.LEFT;
                base -= ROW;
            }
            for (String t : relationTypes) {
                Ontology.RelationStyle st = ontology.relationStyle(t);
                String label = RelationType.isCooccurrence(t) ? st.label() + " (same sentence)" : st.label();
                float w = 20 + flow.width(flow.fonts.regular, SIZE, label) + 14;
                if (x + w > PageFlow.RIGHT) {
                    x = PageFlow.LEFT;
                    base -= ROW;
                }
                float[] c = Ink.rgb(st.color());
                var s = flow.out();
                s.setStrokingColor(c[0], c[1], c[2]);
                s.setLineWidth(1.6f);
                s.setLineDashPattern(st.dashed() ? new float[] {2.2f, 1.8f} : new float[0], 0);
                s.moveTo(x, base + SIZE * 0.35f);
                s.lineTo(x + 15, base + SIZE * 0.35f);
                s.stroke();
                s.setLineDashPattern(new float[0], 0);
                flow.draw(flow.fonts.regular, SIZE, Ink.MUTED, x + 19, base, label);
                x += w;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        flow.y = base - ROW * 0.8f;
    }
}
