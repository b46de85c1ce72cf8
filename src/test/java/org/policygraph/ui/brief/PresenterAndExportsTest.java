package org.policygraph.ui.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.io.project.SavedView;
import org.policygraph.layout.Point;
import org.policygraph.model.Entity;
import org.policygraph.ui.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Saved views shown, revealed step by step and presented; the view exported as PNG, SVG and a PDF deck. */
@ExtendWith(ApplicationExtension.class)
class PresenterAndExportsTest {
    @TempDir
    Path dir;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(BriefFixtures.services());
        window.show(stage);
        window.open(List.of(BriefFixtures.FIXTURE));
    }

    private void waitForGraph() {
        BriefFixtures.waitUntil("the fixture graph is drawn", () -> window.graphView().drawnVertexCount() > 0
                && !window.explorer().buildingProperty().get());
    }

    private String idOf(String name) {
        return window.explorer().graph().find(name).map(Entity::id).orElseThrow();
    }

    /** Two views: the whole graph, and the whole graph again revealed in two steps (DEA first, then Europol). */
    private void twoViews() {
        waitForGraph();
        BriefFixtures.runFx(() -> {
            SavedViews views = window.briefings().views();
            window.briefings().strip().createFromCurrent();
            views.change(0, v -> Views.copy(v, f -> f.title = "The whole picture"));
            window.briefings().strip().createFromCurrent();
            views.change(1, v -> RevealSteps.withStep(v, Set.of(idOf("DEA"))));
            views.change(1, v -> RevealSteps.withStep(v, Set.of(idOf("Europol"))));
            views.change(1, v -> Views.copy(v, f -> {
                f.title = "Step by step";
                f.notes = "First the DEA, then Europol.";
            }));
        });
    }

    @Test
    void revealStepsShowNodesInOrderWithoutMovingThem() {
        twoViews();
        SavedView v = window.briefings().views().get(1);
        List<Set<String>> shown = new ArrayList<>();
        List<Map<String, Point>> where = new ArrayList<>();
        for (int stage = 1; stage <= 2; stage++) {
            int drawings = window.graphView().drawingsProperty().get();
            int s = stage;
            BriefFixtures.runFx(() -> window.briefings().capture().apply(v, s));
            BriefFixtures.waitUntil("stage drawn", () -> window.graphView().drawingsProperty().get() > drawings);
            Map<String, Point> now = BriefFixtures.onFx(() -> window.graphView().currentPositions());
            shown.add(new TreeSet<>(now.keySet()));
            where.add(now);
        }
        Set<String> all = new TreeSet<>(v.visibleNodeIds());
        assertFalse(shown.get(0).contains(idOf("Europol")), "Europol waits for step 2");
        assertTrue(shown.get(0).contains(idOf("DEA")));
        assertEquals(all.size() - 1, shown.get(0).size());
        assertEquals(all, shown.get(1), "the last step shows the whole view");
        for (String id : shown.get(0)) {
            assertEquals(where.get(0).get(id).x(), where.get(1).get(id).x(), 1e-9, id + " did not move");
            assertEquals(v.positions().get(id).x(), where.get(1).get(id).x(), 1e-9, id + " is where it was saved");
            assertEquals(v.positions().get(id).y(), where.get(1).get(id).y(), 1e-9, id + " is where it was saved");
        }
        assertTrue(window.graphView().drawnEdgeCount() > 0);
    }

    @Test
    void presenterModeStepsThroughViewsWithArrowKeysAndEscLeaves(FxRobot robot) throws Exception {
        twoViews();
        robot.clickOn(window.graphView().vertexNode(idOf("DEA")));
        robot.push(KeyCode.F5);
        BriefFixtures.waitUntil("presenting", () -> window.briefings().presenter() != null
                && window.briefings().presenter().indexProperty().get() == 0);
        PresenterWindow p = window.briefings().presenter();
        assertTrue(p.stage().isShowing());
        BriefFixtures.waitUntil("first view drawn", () -> p.graphView().drawnVertexCount() > 0);
        assertEquals("The whole picture", robot.lookup("#presenter-title").queryLabeled().getText());

        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        BriefFixtures.waitUntil("second view", () -> p.indexProperty().get() == 1 && !p.isTransitioning()
                && p.graphView().getOpacity() == 1);
        assertEquals(1, p.stageProperty().get());
        SavedView second = window.briefings().views().get(1);
        Map<String, Point> landed = BriefFixtures.onFx(() -> p.graphView().currentPositions());
        assertFalse(landed.isEmpty());
        landed.forEach((id, at) -> {
            assertEquals(second.positions().get(id).x(), at.x(), 1e-9, id + " glided to its saved place");
            assertEquals(second.positions().get(id).y(), at.y(), 1e-9, id + " glided to its saved place");
        });
        BriefFixtures.waitUntil("step 1 drawn", () -> p.graphView().vertexNode(idOf("DEA")) != null);
        assertEquals(null, p.graphView().vertexNode(idOf("Europol")), "Europol is not revealed yet");
        robot.moveTo(p.stage().getX() + 700, p.stage().getY() + 400);
        robot.press(KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN);
        BriefFixtures.waitUntil("step 2", () -> p.stageProperty().get() == 2 && p.graphView().vertexNode(idOf("Europol")) != null);
        assertTrue(p.laser().isVisible(), "the laser follows the mouse");
        assertTrue(robot.lookup("#presenter-counter").queryLabeled().getText().contains("step 2 of 2"));
        Path shot = BriefFixtures.screenshot(p.stage().getScene(), "brief-presenter");
        assertTrue(Files.size(shot) > 0);

        robot.press(KeyCode.LEFT).release(KeyCode.LEFT);
        BriefFixtures.waitUntil("back to step 1", () -> p.stageProperty().get() == 1);
        robot.press(KeyCode.PAGE_UP).release(KeyCode.PAGE_UP);
        BriefFixtures.waitUntil("back to view 1", () -> p.indexProperty().get() == 0);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        BriefFixtures.waitUntil("left presenter mode", () -> !p.stage().isShowing());
        assertEquals(null, window.briefings().presenter());
    }

    @Test
    void speakerNotesFollowTheSteps(FxRobot robot) throws Exception {
        twoViews();
        robot.push(KeyCode.F5);
        BriefFixtures.waitUntil("presenting", () -> window.briefings().presenter() != null
                && window.briefings().presenter().indexProperty().get() == 0);
        PresenterWindow p = window.briefings().presenter();
        // Monocle has one screen: open the notes window as a second screen would, at given bounds
        BriefFixtures.runFx(() -> p.openNotes(new javafx.geometry.Rectangle2D(0, 0, 900, 600)));
        assertTrue(p.notesStage().isShowing());
        javafx.scene.Scene notes = p.notesStage().getScene();
        assertTrue(((javafx.scene.control.Label) notes.lookup("#presenter-notes-text")).getText().startsWith("The whole picture"));
        assertEquals("Next: Step by step", ((javafx.scene.control.Label) notes.lookup("#presenter-next")).getText());

        BriefFixtures.runFx(p::next);
        BriefFixtures.waitUntil("second view", () -> p.indexProperty().get() == 1);
        assertTrue(((javafx.scene.control.Label) notes.lookup("#presenter-notes-text")).getText().contains("First the DEA, then Europol."));
        assertEquals("Next: step 2", ((javafx.scene.control.Label) notes.lookup("#presenter-next")).getText());
        BriefFixtures.screenshot(notes, "brief-speaker-notes");

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        BriefFixtures.waitUntil("left presenter mode", () -> !p.stage().isShowing());
        assertEquals(null, p.notesStage(), "the notes window closes with the presenter");
    }

    @Test
    void pngExportLooksLikeTheViewOnScreen() throws Exception {
        waitForGraph();
        BriefFixtures.runFx(() -> window.explorer().select(idOf("Europol")));
        BriefFixtures.waitUntil("selected", () -> window.graphView().vertexHasClass(idOf("Europol"), "selected"));
        BufferedImage screen = BriefFixtures.snapshot(window.graphView());
        Path out = dir.resolve("view.png");
        BriefFixtures.runFx(() -> window.briefings().exports().writePng(out, 2, false));
        BriefFixtures.waitUntil("written", () -> Files.exists(out));
        BufferedImage png = ImageIO.read(out.toFile());
        assertEquals(screen.getWidth() * 2, png.getWidth());
        assertEquals(screen.getHeight() * 2, png.getHeight());
        BufferedImage half = downscale(png);
        BriefFixtures.save(half, "brief-export-png-half");
        double ink = inkDifference(screen, half);
        double overall = meanDifference(screen, half);
        assertTrue(ink < 25, "drawn pixels match the screen, mean difference " + ink);
        assertTrue(overall < 10, "whole picture matches the screen, mean difference " + overall);
        BufferedImage blank = new BufferedImage(screen.getWidth(), screen.getHeight(), BufferedImage.TYPE_INT_ARGB);
        assertTrue(inkDifference(screen, blank) > 60, "the comparison can tell a picture from nothing");

        Path clear = dir.resolve("clear.png");
        BriefFixtures.runFx(() -> window.briefings().exports().writePng(clear, 1, true));
        BriefFixtures.waitUntil("written", () -> Files.exists(clear));
        BufferedImage t = ImageIO.read(clear.toFile());
        assertEquals(0, t.getRGB(2, 2) >>> 24, "background left transparent");
    }

    @Test
    void svgExportParsesAndHasOneShapePerVisibleNode() throws Exception {
        waitForGraph();
        Path out = dir.resolve("view.svg");
        BriefFixtures.runFx(() -> window.briefings().exports().writeSvg(out, false));
        BriefFixtures.waitUntil("written", () -> Files.exists(out));
        Files.createDirectories(Path.of("target/ui-screenshots"));
        Files.copy(out, Path.of("target/ui-screenshots/brief-export.svg"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        BriefFixtures.save(BriefFixtures.snapshot(window.graphView()), "brief-export-svg-screen");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setExpandEntityReferences(false);
        org.w3c.dom.Document svg = f.newDocumentBuilder().parse(out.toFile());
        assertEquals("svg", svg.getDocumentElement().getNodeName());
        Set<String> nodeIds = new TreeSet<>();
        int labels = 0;
        for (String tag : List.of("circle", "rect", "polygon", "text")) {
            NodeList list = svg.getElementsByTagName(tag);
            for (int i = 0; i < list.getLength(); i++) {
                Element e = (Element) list.item(i);
                if ("node".equals(e.getAttribute("class"))) assertTrue(nodeIds.add(e.getAttribute("data-id")));
                if (tag.equals("text") && !e.getTextContent().isBlank()) labels++;
            }
        }
        Set<String> visible = new TreeSet<>();
        window.explorer().visible().entities().forEach(e -> visible.add(e.id()));
        assertEquals(visible, nodeIds, "one shape per visible node");
        assertTrue(labels >= visible.size(), "labels and legend");
        assertEquals(window.graphView().drawnEdgeCount(), svg.getElementsByTagName("line").getLength(), "one line per drawn link");
    }

    @Test
    void theViewsBecomeAPdfDeck() throws Exception {
        twoViews();
        Path out = dir.resolve("deck.pdf");
        BriefFixtures.runFx(() -> window.briefings().exports().writeDeck(out, "Fixture briefing", window.briefings().capture()));
        BriefFixtures.waitUntil("written", () -> Files.exists(out));
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertEquals(3, pdf.getNumberOfPages(), "title page and one page per view");
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Fixture briefing") && text.contains("Step by step"), text);
            assertTrue(text.contains("First the DEA, then Europol."), "notes on the page");
            assertTrue(text.contains("partnered"), "evidence quotes on the page");
        }
        Files.copy(out, Path.of("target/ui-screenshots/brief-deck.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertNotNull(out);
    }

    private static BufferedImage downscale(BufferedImage big) {
        int w = big.getWidth() / 2, h = big.getHeight() / 2;
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int[] sum = new int[4];
                for (int dy = 0; dy < 2; dy++) {
                    for (int dx = 0; dx < 2; dx++) {
                        int c = big.getRGB(2 * x + dx, 2 * y + dy);
                        for (int k = 0; k < 4; k++) sum[k] += (c >>> (8 * k)) & 0xff;
                    }
                }
                int c = 0;
                for (int k = 0; k < 4; k++) c |= (sum[k] / 4) << (8 * k);
                out.setRGB(x, y, c);
            }
        }
        return out;
    }

    private static double meanDifference(BufferedImage a, BufferedImage b) {
        long sum = 0;
        for (int y = 0; y < a.getHeight(); y++) for (int x = 0; x < a.getWidth(); x++) sum += diff(a.getRGB(x, y), b.getRGB(x, y));
        return sum / (3.0 * a.getWidth() * a.getHeight());
    }

    /** Mean difference over the pixels where the screen shows something other than its canvas colour. */
    private static double inkDifference(BufferedImage screen, BufferedImage other) {
        int canvas = screen.getRGB(2, 2);
        long sum = 0, n = 0;
        for (int y = 0; y < screen.getHeight(); y++) {
            for (int x = 0; x < screen.getWidth(); x++) {
                int s = screen.getRGB(x, y);
                if (diff(s, canvas) < 90) continue;
                sum += diff(s, other.getRGB(x, y));
                n++;
            }
        }
        return n == 0 ? 0 : sum / (3.0 * n);
    }

    private static int diff(int p, int q) {
        int d = 0;
        for (int k = 0; k < 3; k++) d += Math.abs(((p >>> (8 * k)) & 0xff) - ((q >>> (8 * k)) & 0xff));
        return d;
    }
}
