package org.policygraph.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policygraph.extract.Ontology;
import org.policygraph.layout.Point;
import org.policygraph.model.Entity;
import org.policygraph.model.EntityType;
import org.policygraph.model.Relation;
import org.policygraph.model.RelationType;

/** Paints real scenes on a Canvas headless (Monocle) and reads the pixels back. */
class GraphPainterFxTest {
    private static final int W = 900, H = 600;
    private final Entity agency = new Entity("dea", "Drug Enforcement Administration", EntityType.AGENCY);
    private final Entity country = new Entity("col", "Colombia", EntityType.COUNTRY);
    private final Entity drug = new Entity("fen", "Fentanyl", EntityType.DRUG);

    @BeforeAll
    static void toolkit() {
        HeadlessToolkit.ensureStarted();
    }

    private GraphScene scene(boolean legend) {
        Map<Entity, Point> pos = Map.of(agency, new Point(200, 300), country, new Point(450, 200), drug, new Point(420, 450));
        Relation r1 = new Relation("e1", RelationType.LOCATED_IN);
        Relation r2 = new Relation("e2", RelationType.CO_OCCURS);
        return GraphScene.builder(pos).entities(List.of(agency, country, drug))
                .edges(List.of(new SceneEdge(r1, agency, country), new SceneEdge(r2, country, drug)))
                .sizes(Map.of(agency, 1.0, country, 0.5, drug, 0.2)).title("Test picture").legend(legend).build();
    }

    private static PixelReader paint(GraphScene scene) throws Exception {
        return HeadlessToolkit.onFxThread(() -> {
            Canvas c = new Canvas(W, H);
            new GraphPainter().paint(c.getGraphicsContext2D(), scene, new Viewport(1, 0, 0, W, H));
            WritableImage img = c.snapshot(new SnapshotParameters(), null);
            return img.getPixelReader();
        });
    }

    private static void assertColour(Color expected, Color actual, String what) {
        double d = Math.abs(expected.getRed() - actual.getRed()) + Math.abs(expected.getGreen() - actual.getGreen())
                + Math.abs(expected.getBlue() - actual.getBlue());
        assertTrue(d < 0.06, what + ": expected " + expected + " got " + actual);
    }

    @Test
    void nodesAreFilledWithTheirTypeColourAtTheirPosition() throws Exception {
        PixelReader px = paint(scene(true));
        Ontology o = Ontology.defaults();
        assertColour(Color.web(o.color(EntityType.AGENCY)), px.getColor(200, 300), "agency centre");
        assertColour(Color.web(o.color(EntityType.COUNTRY)), px.getColor(450, 200), "country centre");
        assertColour(Color.web(o.color(EntityType.DRUG)), px.getColor(420, 452), "drug centre");
        assertColour(Color.WHITE, px.getColor(700, 560), "background");
    }

    @Test
    void biggerWeightDrawsABiggerNode() throws Exception {
        PixelReader px = paint(scene(false));
        Color agencyColour = Color.web(Ontology.defaults().color(EntityType.AGENCY));
        // the agency (weight 1) reaches MAX_RADIUS; 20 px off its centre is still its colour
        assertColour(agencyColour, px.getColor(200 + 20, 300), "inside the large agency disc");
        assertColour(Color.WHITE, px.getColor(450 + 20, 200 + 20), "outside the mid-size country");
    }

    @Test
    void legendShowsEveryTypeColourInTheTopRightCorner() throws Exception {
        PixelReader withLegend = paint(scene(true));
        PixelReader without = paint(scene(false));
        Ontology o = Ontology.defaults();
        for (String type : List.of(EntityType.AGENCY, EntityType.COUNTRY, EntityType.DRUG)) {
            assertTrue(findColour(withLegend, Color.web(o.color(type)), W - 260, 0, W, 250),
                    "legend lacks " + type);
        }
        assertEquals(0, countNonWhite(without, W - 260, 0, W, 250), "no legend when switched off");
        assertTrue(countNonWhite(withLegend, 0, 0, 300, 50) > 50, "title drawn");
    }

    private static boolean findColour(PixelReader px, Color c, int x0, int y0, int x1, int y1) {
        for (int x = x0; x < x1; x++) {
            for (int y = y0; y < y1; y++) {
                Color p = px.getColor(x, y);
                if (Math.abs(p.getRed() - c.getRed()) + Math.abs(p.getGreen() - c.getGreen())
                        + Math.abs(p.getBlue() - c.getBlue()) < 0.04) return true;
            }
        }
        return false;
    }

    private static int countNonWhite(PixelReader px, int x0, int y0, int x1, int y1) {
        int n = 0;
        for (int x = x0; x < x1; x++) {
            for (int y = y0; y < y1; y++) {
                Color p = px.getColor(x, y);
                if (p.getRed() + p.getGreen() + p.getBlue() < 2.9) n++;
            }
        }
        return n;
    }
}
