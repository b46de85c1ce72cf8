package org.policygraph.io.brief;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.policygraph.model.Entity;

/** Positions the writer can compute itself: a plain circle, and an ego network (entity centred, neighbours around). */
final class RadialLayout {
    private RadialLayout() {
    }

    static Map<Entity, Position> circle(Collection<Entity> vertices, double width, double height) {
        Map<Entity, Position> out = new LinkedHashMap<>();
        List<Entity> all = List.copyOf(vertices);
        double r = Math.min(width, height) * 0.42;
        for (int i = 0; i < all.size(); i++) {
            double a = -Math.PI / 2 + 2 * Math.PI * i / Math.max(1, all.size());
            out.put(all.get(i), new Position(width / 2 + r * Math.cos(a), height / 2 + r * Math.sin(a)));
        }
        return out;
    }

    /**
     * The centre in the middle, neighbours on an ellipse filling the box. With many neighbours every other one
     * sits on a slightly smaller ring so their labels do not collide.
     */
    static Map<Entity, Position> ego(Entity centre, List<Entity> neighbours, double width, double height) {
        Map<Entity, Position> out = new LinkedHashMap<>();
        out.put(centre, new Position(width / 2, height / 2));
        int n = neighbours.size();
        boolean stagger = n > 10;
        for (int i = 0; i < n; i++) {
            double a = -Math.PI / 2 + 2 * Math.PI * i / n;
            double ring = stagger && i % 2 == 1 ? 0.78 : 1.0;
            double rx = width * 0.40 * ring, ry = height * 0.38 * ring;
            out.put(neighbours.get(i), new Position(width / 2 + rx * Math.cos(a), height / 2 + ry * Math.sin(a)));
        }
        return out;
    }
}
