package org.policygraph.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jgrapht.Graph;
import org.policygraph.extract.Ontology;
import org.policygraph.model.Entity;
import org.policygraph.model.Relation;

/**
 * The two deterministic layouts that read the ontology: a circle in sectors by type, and one column (band) per
 * type. Within a type, the best-connected entities come first, so hubs sit at the start of each arc or the top
 * of each band.
 */
final class TypeOrderedLayouts {
    private TypeOrderedLayouts() {
    }

    /** Entities grouped by type (ontology order, then unknown types by name), each group by degree, then label. */
    static Map<String, List<Entity>> groups(Graph<Entity, Relation> g, Iterable<Entity> vertices) {
        List<String> known = Ontology.defaults().typeNames();
        Map<String, List<Entity>> byType = new HashMap<>();
        for (Entity e : vertices) byType.computeIfAbsent(e.type(), t -> new ArrayList<>()).add(e);
        List<String> types = new ArrayList<>(byType.keySet());
        types.sort(Comparator.<String>comparingInt(t -> known.contains(t) ? known.indexOf(t) : known.size())
                .thenComparing(t -> t));
        Map<String, List<Entity>> out = new LinkedHashMap<>();
        for (String t : types) {
            List<Entity> list = byType.get(t);
            list.sort(Comparator.<Entity>comparingInt(e -> -g.degreeOf(e)).thenComparing(Entity::label)
                    .thenComparing(Entity::id));
            out.put(t, list);
        }
        return out;
    }

    /**
     * A circle cut into one sector per type (sized by its count, a small gap between sectors). When the circle
     * cannot hold every vertex {@code spacing} apart, further rings inside it take the rest, each type staying in
     * its sector; the best-connected vertices go on the outer ring.
     */
    static Map<Entity, Point> circular(Graph<Entity, Relation> g, List<Entity> free, double width, double height,
            double margin, double spacing) {
        Map<String, List<Entity>> groups = groups(g, free);
        Map<Entity, Point> out = new LinkedHashMap<>();
        int n = free.size();
        if (n == 0) return out;
        double r = Math.max(1, Math.min(width, height) / 2 - margin);
        double gapAngle = groups.size() > 1 ? Math.min(0.12, Math.PI / groups.size() / 4) : 0;
        double usable = 2 * Math.PI - gapAngle * groups.size();
        double angle = -Math.PI / 2;
        for (List<Entity> group : groups.values()) {
            double span = usable * group.size() / n;
            int placed = 0;
            for (int ring = 0; placed < group.size(); ring++) {
                double rr = Math.max(r * 0.15, r - ring * spacing);
                boolean last = rr <= r * 0.15;
                int capacity = Math.max(1, (int) Math.floor(span * rr / spacing));
                int take = last ? group.size() - placed : Math.min(capacity, group.size() - placed);
                for (int i = 0; i < take; i++) {
                    double a = angle + span * (take == 1 ? 0.5 : (i + 0.5) / take);
                    out.put(group.get(placed + i), new Point(width / 2 + rr * Math.cos(a), height / 2 + rr * Math.sin(a)));
                }
                placed += take;
            }
            angle += span + gapAngle;
        }
        return out;
    }

    /** One vertical band per type, left to right; inside a band a grid filled row by row. */
    static Map<Entity, Point> bands(Graph<Entity, Relation> g, List<Entity> free, double width, double height,
            double margin) {
        Map<String, List<Entity>> groups = groups(g, free);
        Map<Entity, Point> out = new LinkedHashMap<>();
        if (groups.isEmpty()) return out;
        double bandW = (width - 2 * margin) / groups.size();
        double h = height - 2 * margin;
        int band = 0;
        for (List<Entity> group : groups.values()) {
            int k = group.size();
            // columns so cells are about square: cols/rows ~ bandW/h
            int cols = Math.max(1, (int) Math.round(Math.sqrt(k * bandW / Math.max(1, h))));
            int rows = (k + cols - 1) / cols;
            double cw = bandW / cols, ch = h / Math.max(1, rows);
            for (int i = 0; i < k; i++) {
                int row = i / cols, col = i % cols;
                // stagger odd rows by half a cell so labels of neighbouring rows do not line up
                double stagger = cols > 1 && row % 2 == 1 ? cw / 4 : 0;
                out.put(group.get(i), new Point(margin + band * bandW + (col + 0.5) * cw + stagger,
                        margin + (row + 0.5) * ch));
            }
            band++;
        }
        return out;
    }
}
