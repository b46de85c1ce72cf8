package org.policygraph.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;

import javax.imageio.ImageIO;

import javafx.scene.Scene;
import javafx.scene.image.WritableImage;

import org.policygraph.extract.Ontology;
import org.policygraph.graph.CorpusLoader;
import org.policygraph.graph.GraphMerger;
import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.ingest.Ingestor;
import org.policygraph.layout.JGraphTLayouter;
import org.policygraph.model.Document;
import org.policygraph.ui.task.FxTaskExecutor;
import org.policygraph.ui.task.TaskExecutor;
import org.policygraph.ui.view.PngSnapshot;
import org.testfx.util.WaitForAsyncUtils;

/** Shared fixtures of the UI tests: the fixture folder, services with the fixture extractor, waiting, screenshots. */
final class UiFixtures {
    static final Path FIXTURE = Path.of("src/test/resources/ui/fixture");
    static final Path BAD = Path.of("src/test/resources/ui/bad");

    static {
        // a roomy headless screen (only effective if set before the toolkit starts)
        System.setProperty("headless.geometry", "1600x1000-32");
    }

    private UiFixtures() {
    }

    static Services services(long delayPerDocMillis) {
        return services(new FxTaskExecutor(), delayPerDocMillis);
    }

    static Services services(TaskExecutor tasks, long delayPerDocMillis) {
        Preferences prefs = Preferences.userRoot().node("org/policygraph/ui-test");
        return new Services(tasks, new JGraphTLayouter(),
                () -> new CorpusLoader(new Ingestor(), new FixtureExtractor(delayPerDocMillis)), prefs,
                Ontology.defaults());
    }

    /** The fixture documents extracted straight into a graph, no UI. */
    static KnowledgeGraph fixtureGraph() throws IOException {
        KnowledgeGraph g = new KnowledgeGraph();
        FixtureExtractor x = new FixtureExtractor();
        GraphMerger merger = new GraphMerger();
        try (var files = Files.list(FIXTURE)) {
            for (Path f : files.sorted().toList()) {
                merger.merge(g, x.extract(new Document(f.getFileName().toString(), null, f.toString(), null,
                        Files.readString(f))));
            }
        }
        return g;
    }

    static void waitUntil(String what, java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Writes the scene to target/ui-screenshots/NAME.png so a person can look at it. */
    static Path screenshot(Scene scene, String name) {
        try {
            WritableImage[] img = new WritableImage[1];
            WaitForAsyncUtils.asyncFx(() -> img[0] = scene.snapshot(null)).get(10, TimeUnit.SECONDS);
            BufferedImage b = PngSnapshot.toBuffered(img[0]);
            Path out = Path.of("target/ui-screenshots", name + ".png");
            Files.createDirectories(out.getParent());
            ImageIO.write(b, "png", out.toFile());
            return out;
        } catch (Exception e) {
            throw new AssertionError("screenshot failed", e);
        }
    }

    static List<Path> fixtureFolder() { return List.of(FIXTURE); }
}
