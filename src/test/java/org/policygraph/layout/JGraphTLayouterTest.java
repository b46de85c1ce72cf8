package org.policygraph.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;
import org.policygraph.graph.GraphGenerator;
import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.model.Entity;
import org.policygraph.model.EntityType;
import org.policygraph.model.Progress;
import org.policygraph.model.RelationType;

class JGraphTLayouterTest {
    private static final double W = 1200, H = 800;
    private final JGraphTLayouter layouter = new JGraphTLayouter();

    private static KnowledgeGraph twoTriangles() {
        KnowledgeGraph g = new KnowledgeGraph();
        Entity a = g.addEntity("Alpha Agency", EntityType.AGENCY);
        Entity b = g.addEntity("Bravo Act", EntityType.LAW);
        Entity c = g.addEntity("Charlie Land", EntityType.COUNTRY);
        Entity d = g.addEntity("Delta Office", EntityType.AGENCY);
        Entity e = g.addEntity("Echo Cartel", EntityType.ORGANIZATION);
        Entity f = g.addEntity("Foxtrot Market", EntityType.MARKETPLACE);
        g.relate(a, b, RelationType.ENFORCES);
        g.relate(b, c, RelationType.CO_OCCURS);
        g.relate(c, a, RelationType.LOCATED_IN);
        g.relate(d, e, RelationType.TARGETS);
        g.relate(e, f, RelationType.CO_OCCURS);
        g.relate(f, d, RelationType.CO_OCCURS);
        return g;
    }

    @Test
    void sameGraphSameSeedSamePositions() {
        KnowledgeGraph g = new GraphGenerator().generate(300, 900);
        Map<Entity, Point> a = layouter.layout(g.graph(), LayoutKind.FORCE, W, H, Map.of(), Progress.NONE);
        Map<Entity, Point> b = new JGraphTLayouter().layout(g.graph(), LayoutKind.FORCE, W, H, Map.of(), Progress.NONE);
        assertEquals(a, b);
        Map<Entity, Point> other = new JGraphTLayouter(7, JGraphTLayouter.MIN_DISTANCE_DEFAULT)
                .layout(g.graph(), LayoutKind.FORCE, W, H, Map.of(), Progress.NONE);
        assertFalse(a.equals(other), "another seed should give another picture");
    }

    @Test
    void everyVertexInsideTheBoxForEveryKind() {
        KnowledgeGraph g = new GraphGenerator().generate(400, 1200);
        for (LayoutKind kind : LayoutKind.values()) {
            Map<Entity, Point> pos = layouter.layout(g.graph(), kind, W, H, Map.of(), Progress.NONE);
            assertEquals(g.entityCount(), pos.size(), kind.toString());
            for (Point p : pos.values()) {
                assertTrue(p.x() >= 0 && p.x() <= W && p.y() >= 0 && p.y() <= H, kind + " " + p);
            }
        }
    }

    @Test
    void pinnedVerticesStayExactlyWherePinned() {
        KnowledgeGraph g = new GraphGenerator().generate(120, 360);
        List<Entity> vs = new ArrayList<>(g.graph().vertexSet());
        Map<Entity, Point> pins = Map.of(vs.get(0), new Point(100, 100), vs.get(5), new Point(900, 600),
                vs.get(50), new Point(600, 50));
        for (LayoutKind kind : LayoutKind.values()) {
            Map<Entity, Point> pos = layouter.layout(g.graph(), kind, W, H, pins, Progress.NONE);
            pins.forEach((e, p) -> assertEquals(p, pos.get(e), kind + " moved a pinned vertex"));
            assertEquals(g.entityCount(), pos.size());
        }
    }

    @Test
    void smallGraphHasNoOverlappingNodes() {
        KnowledgeGraph g = new GraphGenerator().generate(60, 150);
        Map<Entity, Point> pos = layouter.layout(g.graph(), LayoutKind.FORCE, W, H, Map.of(), Progress.NONE);
        List<Point> ps = new ArrayList<>(pos.values());
        double min = Double.MAX_VALUE;
        for (int i = 0; i < ps.size(); i++) {
            for (int j = i + 1; j < ps.size(); j++) {
                min = Math.min(min, Math.hypot(ps.get(i).x() - ps.get(j).x(), ps.get(i).y() - ps.get(j).y()));
            }
        }
        assertTrue(min >= JGraphTLayouter.MIN_DISTANCE_DEFAULT * 0.9, "closest pair " + min);
    }

    @Test
    void knownNodeSizesKeepEveryPairOfDiscsApart() {
        KnowledgeGraph g = new GraphGenerator().generate(50, 120);
        List<Entity> vs = new ArrayList<>(g.graph().vertexSet());
        Map<Entity, Double> radius = new HashMap<>();
        for (int i = 0; i < vs.size(); i++) radius.put(vs.get(i), i % 10 == 0 ? 26.0 : 7.0);
        Map<Entity, Point> pos = layouter.layout(g.graph(), LayoutKind.FORCE, 1400, 900, Map.of(), Progress.NONE,
                radius::get);
        for (int i = 0; i < vs.size(); i++) {
            for (int j = i + 1; j < vs.size(); j++) {
                Point a = pos.get(vs.get(i)), b = pos.get(vs.get(j));
                double need = radius.get(vs.get(i)) + radius.get(vs.get(j));
                assertTrue(Math.hypot(a.x() - b.x(), a.y() - b.y()) >= need * 0.95,
                        vs.get(i) + " and " + vs.get(j) + " overlap");
            }
        }
    }

    @Test
    void componentsDoNotOverlap() {
        KnowledgeGraph g = twoTriangles();
        Map<Entity, Point> pos = layouter.layout(g.graph(), LayoutKind.FORCE, W, H, Map.of(), Progress.NONE);
        List<Entity> vs = new ArrayList<>(g.graph().vertexSet());
        Bounds first = Bounds.of(List.of(pos.get(vs.get(0)), pos.get(vs.get(1)), pos.get(vs.get(2))));
        Bounds second = Bounds.of(List.of(pos.get(vs.get(3)), pos.get(vs.get(4)), pos.get(vs.get(5))));
        boolean apart = first.maxX() < second.minX() || second.maxX() < first.minX()
                || first.maxY() < second.minY() || second.maxY() < first.minY();
        assertTrue(apart, first + " overlaps " + second);
        // and they are packed near each other, not flung to opposite corners
        double gap = Math.hypot(first.centerX() - second.centerX(), first.centerY() - second.centerY());
        assertTrue(gap < Math.hypot(W, H) * 0.8, "components " + gap + " apart");
    }

    @Test
    void circularGroupsTypesTogether() {
        KnowledgeGraph g = new GraphGenerator().generate(40, 80);
        Map<Entity, Point> pos = layouter.layout(g.graph(), LayoutKind.CIRCULAR, W, H, Map.of(), Progress.NONE);
        List<Entity> byAngle = new ArrayList<>(pos.keySet());
        byAngle.sort((a, b) -> Double.compare(angle(pos.get(a)), angle(pos.get(b))));
        int changes = 0;
        for (int i = 1; i < byAngle.size(); i++) if (!byAngle.get(i).type().equals(byAngle.get(i - 1).type())) changes++;
        long types = g.entities().stream().map(Entity::type).distinct().count();
        assertTrue(changes <= types, "types interleave: " + changes + " changes for " + types + " types");
    }

    @Test
    void crowdedCircleUsesInnerRingsInsteadOfOverlapping() {
        KnowledgeGraph g = new GraphGenerator().generate(200, 300);
        Map<Entity, Point> pos = layouter.layout(g.graph(), LayoutKind.CIRCULAR, W, H, Map.of(), Progress.NONE);
        List<Point> ps = new ArrayList<>(pos.values());
        double outer = ps.stream().mapToDouble(JGraphTLayouterTest::radius).max().orElse(0);
        assertTrue(ps.stream().anyMatch(p -> radius(p) < outer - 1), "expected an inner ring");
        for (int i = 0; i < ps.size(); i++) {
            for (int j = i + 1; j < ps.size(); j++) {
                double d = Math.hypot(ps.get(i).x() - ps.get(j).x(), ps.get(i).y() - ps.get(j).y());
                assertTrue(d >= JGraphTLayouter.MIN_DISTANCE_DEFAULT * 0.9, "two vertices " + d + " apart");
            }
        }
    }

    @Test
    void byTypeGivesEachTypeItsOwnBand() {
        KnowledgeGraph g = new GraphGenerator().generate(80, 160);
        Map<Entity, Point> pos = layouter.layout(g.graph(), LayoutKind.BY_TYPE, W, H, Map.of(), Progress.NONE);
        Map<String, Bounds> bands = new HashMap<>();
        for (String t : g.entities().stream().map(Entity::type).distinct().toList()) {
            bands.put(t, Bounds.of(pos.entrySet().stream().filter(e -> e.getKey().type().equals(t))
                    .map(Map.Entry::getValue).toList()));
        }
        for (Map.Entry<String, Bounds> a : bands.entrySet()) {
            for (Map.Entry<String, Bounds> b : bands.entrySet()) {
                if (a.getKey().compareTo(b.getKey()) >= 0) continue;
                assertTrue(a.getValue().maxX() < b.getValue().minX() || b.getValue().maxX() < a.getValue().minX(),
                        a.getKey() + " and " + b.getKey() + " share a band");
            }
        }
    }

    @Test
    void placeNearKeepsOldPositionsAndPutsNewVerticesBesideTheirNeighbour() {
        KnowledgeGraph g = new GraphGenerator().generate(100, 250);
        Map<Entity, Point> before = layouter.layout(g.graph(), LayoutKind.FORCE, W, H, Map.of(), Progress.NONE);
        Entity anchor = before.keySet().iterator().next();
        Entity added = g.addEntity("Newcomer Agency", EntityType.AGENCY);
        g.relate(added, anchor, RelationType.PARTNERS_WITH);
        Map<Entity, Point> after = layouter.placeNear(g.graph(), Set.of(added), before);
        before.forEach((e, p) -> assertEquals(p, after.get(e)));
        Point a = after.get(anchor), n = after.get(added);
        double d = Math.hypot(a.x() - n.x(), a.y() - n.y());
        assertTrue(d < JGraphTLayouter.MIN_DISTANCE_DEFAULT * 6, "new vertex " + d + " from its neighbour");
        for (Map.Entry<Entity, Point> e : before.entrySet()) {
            double x = Math.hypot(e.getValue().x() - n.x(), e.getValue().y() - n.y());
            assertTrue(x >= JGraphTLayouter.MIN_DISTANCE_DEFAULT * 0.99, "new vertex on top of " + e.getKey());
        }
    }

    @Test
    void cancelledLayoutStops() {
        KnowledgeGraph g = new GraphGenerator().generate(500, 1500);
        Progress cancelled = new Progress() {
            @Override public void update(long done, long total, String message) { }
            @Override public boolean isCancelled() { return true; }
        };
        assertThrows(CancellationException.class,
                () -> layouter.layout(g.graph(), LayoutKind.FORCE, W, H, Map.of(), cancelled));
    }

    @Test
    void emptyAndSingleVertexGraphs() {
        KnowledgeGraph g = new KnowledgeGraph();
        assertTrue(layouter.layout(g.graph(), LayoutKind.FORCE, W, H, Map.of(), Progress.NONE).isEmpty());
        Entity only = g.addEntity("Lonely Office", EntityType.AGENCY);
        Point p = layouter.layout(g.graph(), LayoutKind.FORCE, W, H, Map.of(), Progress.NONE).get(only);
        assertEquals(W / 2, p.x(), 1e-6);
        assertEquals(H / 2, p.y(), 1e-6);
    }

    private static double angle(Point p) {
        return Math.atan2(p.y() - H / 2, p.x() - W / 2);
    }

    private static double radius(Point p) {
        return Math.hypot(p.x() - W / 2, p.y() - H / 2);
    }
}
