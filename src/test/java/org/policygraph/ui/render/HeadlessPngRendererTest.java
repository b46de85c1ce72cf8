package org.policygraph.ui.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.graph.GraphGenerator;
import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.model.Entity;
import org.policygraph.ui.canvas.GraphScene;

class HeadlessPngRendererTest {
    @TempDir
    Path dir;

    /** Reusable: the default renderer stops the toolkit, which other tests in this JVM still need. */
    private final HeadlessPngRenderer renderer = HeadlessPngRenderer.reusable();

    @Test
    void writesAPngOfTheRequestedSizeWithAColourfulPicture() throws Exception {
        KnowledgeGraph g = new GraphGenerator().generate(150, 400);
        Path out = dir.resolve("graph.png");
        renderer.render(g, out, 1000, 700, null, 2);
        BufferedImage img = ImageIO.read(out.toFile());
        assertEquals(1000, img.getWidth());
        assertEquals(700, img.getHeight());
        Set<Integer> colours = new HashSet<>();
        int drawn = 0;
        for (int x = 0; x < img.getWidth(); x += 2) {
            for (int y = 0; y < img.getHeight(); y += 2) {
                int rgb = img.getRGB(x, y) & 0xffffff;
                colours.add(rgb);
                if (rgb != 0xffffff) drawn++;
            }
        }
        assertTrue(colours.size() >= 8, "colours: " + colours.size());
        assertTrue(drawn > img.getWidth() * img.getHeight() / 4 * 0.03, "drawn pixels: " + drawn);
    }

    @Test
    void focusKeepsOnlyTheNeighbourhood() {
        KnowledgeGraph g = new GraphGenerator().generate(300, 600);
        Entity hub = g.entities().stream().max((a, b) -> Integer.compare(g.graph().degreeOf(a), g.graph().degreeOf(b)))
                .orElseThrow();
        GraphScene s = renderer.scene(g, 1600, 1000, hub.label(), 1);
        assertTrue(g.graph().degreeOf(hub) >= s.entities().size() - 1, "only direct neighbours at 1 hop");
        assertTrue(s.entities().contains(hub));
        assertEquals(hub, s.selected());
        assertTrue(s.entities().size() < g.entityCount());
        assertTrue(s.title().contains(hub.label()));
    }

    @Test
    void entitiesWithoutRelationsAreLeftOutAndCounted() {
        KnowledgeGraph g = new GraphGenerator().generate(100, 250);
        Entity alone = g.addEntity("Unrelated Office", "AGENCY");
        GraphScene s = renderer.scene(g, 1600, 1000, null, 2);
        assertTrue(!s.entities().contains(alone) && !s.positions().containsKey(alone));
        long isolated = g.entities().stream().filter(e -> g.graph().degreeOf(e) == 0).count();
        assertEquals(g.entityCount() - isolated, s.entities().size());
        assertTrue(s.subtitle().contains(isolated + " without relations not shown"), s.subtitle());
    }

    @Test
    void unknownFocusIsAClearError() {
        KnowledgeGraph g = new GraphGenerator().generate(50, 100);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> renderer.render(g, dir.resolve("x.png"), 800, 600, "Nobody Anywhere", 2));
        assertTrue(e.getMessage().contains("Nobody Anywhere"));
    }
}
