package org.policygraph.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.model.Document;
import org.policygraph.model.Entity;
import org.policygraph.model.Evidence;
import org.policygraph.model.Mention;
import org.policygraph.model.RelationType;
import org.policygraph.ui.state.ViewSettings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A 2,000-node, 6,000-edge graph opens without freezing: the most central are drawn, the rest on request. */
@ExtendWith(ApplicationExtension.class)
class BigGraphTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(UiFixtures.services(0));
        window.show(stage);
    }

    static KnowledgeGraph generated(int nodes, int edges) {
        KnowledgeGraph g = new KnowledgeGraph();
        g.addDocument(new Document("gen", "Generated", "gen.txt", null, "x".repeat(100)));
        String[] types = {"AGENCY", "COUNTRY", "OPERATION", "LAW", "PERSON", "DRUG"};
        List<Entity> all = new ArrayList<>();
        Random r = new Random(7);
        for (int i = 0; i < nodes; i++) {
            Entity e = g.addEntity("Entity " + i, types[i % types.length]);
            g.addMention(e, new Mention("gen", 0, 1, "x"));
            all.add(e);
        }
        int made = 0;
        while (made < edges) {
            // preferential-ish: low indices are hubs, like real corpora
            Entity a = all.get((int) Math.floor(Math.pow(r.nextDouble(), 2.5) * nodes));
            Entity b = all.get(r.nextInt(nodes));
            if (a.equals(b)) continue;
            String type = made % 3 == 0 ? RelationType.PARTNERS_WITH : RelationType.CO_OCCURS;
            if (g.findRelation(a, b, type).isPresent() || g.findRelation(b, a, type).isPresent()) continue;
            g.addEvidence(g.relate(a, b, type), new Evidence("gen", 0, 1, "x"));
            made++;
        }
        return g;
    }

    @Test
    void opensCappedAndStaysResponsive(FxRobot robot) throws Exception {
        KnowledgeGraph g = generated(2000, 6000);
        robot.interact(() -> window.explorer().setGraph(g));
        CountDownLatch probe = new CountDownLatch(1);
        Platform.runLater(probe::countDown);
        assertTrue(probe.await(5, TimeUnit.SECONDS), "the FX thread answers while the view is computed");
        UiFixtures.waitUntil("the capped view is drawn", () -> window.graphView().drawnVertexCount() > 0);
        assertEquals(ViewSettings.CAP_DEFAULT, window.graphView().drawnVertexCount());
        assertTrue(window.explorer().visible().truncated());
        assertTrue(robot.lookup("#show-more").query().isVisible());
        System.out.printf("BigGraphTest: 250 of 2000 nodes, %d links drawn; SmartGraph build on the FX thread %.0f ms%n",
                window.graphView().drawnEdgeCount(), window.graphView().lastBuildMillis());
        UiFixtures.screenshot(window.root().getScene(), "big");
        assertTrue(!window.graphView().isCanvasMode());

        robot.clickOn("#show-more");
        UiFixtures.waitUntil("everything is drawn on the canvas", () -> window.graphView().isCanvasMode()
                && window.graphView().drawnVertexCount() == 2000);
        assertEquals(6000, window.graphView().drawnEdgeCount());
        CountDownLatch probe2 = new CountDownLatch(1);
        Platform.runLater(probe2::countDown);
        assertTrue(probe2.await(5, TimeUnit.SECONDS));
        String id = g.find("Entity 0").orElseThrow().id();
        robot.interact(() -> window.explorer().select(id));
        assertEquals(id, window.graphView().canvasView().canvas().getSelection().id());
        System.out.printf("BigGraphTest: 2000 nodes on the canvas; scene set in %.0f ms, last paint %.0f ms%n",
                window.graphView().lastBuildMillis(), window.graphView().canvasView().canvas().lastPaintMillis());
        UiFixtures.screenshot(window.root().getScene(), "big-canvas");
    }
}
