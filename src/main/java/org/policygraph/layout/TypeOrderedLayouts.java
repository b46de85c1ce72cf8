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
 * The two deterministic layouts that read the ontology: a circle grouped by type, and one column (band) per
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

    /** One circle; a one-slot gap separates types. */
    static Map<Entity, Point> circular(Graph<Entity, Relation> g, List<Entity> free, double width, double height,
            double margin) {
        Map<String, List<Entity>> groups = groups(g, free);
        int slots = free.size() + (groups.size() > 1 ? groups.size() : 0);
        double r = Math.max(1, Math.min(width, height) / 2 - margin);
        Map<Entity, Point> out = new LinkedHashMap<>();
        int slot = 0;
        for (List<Entity> group : groups.values()) {
            for (Entity e : group) {
                double a = -Math.PI / 2 + 2 * Math.PI * slot++ / Math.max(1, slots);
                out.put(e, new Point(width / 2 + r * Math.cos(a), height / 2 + r * Math.sin(a)));
            }
            if (groups.size() > 1) slot++;
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
