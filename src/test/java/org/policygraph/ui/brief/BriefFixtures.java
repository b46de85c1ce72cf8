package org.policygraph.ui.brief;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;

import javax.imageio.ImageIO;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;

import org.policygraph.extract.Ontology;
import org.policygraph.graph.CorpusLoader;
import org.policygraph.ingest.Ingestor;
import org.policygraph.layout.JGraphTLayouter;
import org.policygraph.ui.FixtureExtractor;
import org.policygraph.ui.Services;
import org.policygraph.ui.task.FxTaskExecutor;
import org.policygraph.ui.view.PngSnapshot;
import org.testfx.util.WaitForAsyncUtils;

/** Fixtures of the briefing UI tests: the explorer's fixture folder and extractor, waiting, screenshots, answers. */
final class BriefFixtures {
    static final Path FIXTURE = Path.of("src/test/resources/ui/fixture");

    static {
        System.setProperty("headless.geometry", "1600x1000-32");
        System.setProperty(PresenterWindow.WINDOWED_PROPERTY, "true");
    }

    private BriefFixtures() {
    }

    static Services services() {
        return new Services(new FxTaskExecutor(), new JGraphTLayouter(),
                () -> new CorpusLoader(new Ingestor(), new FixtureExtractor()),
                Preferences.userRoot().node("org/policygraph/ui-test"), Ontology.defaults());
    }

    static void waitUntil(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    static <T> T onFx(Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static void runFx(Runnable r) {
        onFx(() -> {
            r.run();
            return null;
        });
    }

    /** Writes a picture to target/ui-screenshots/NAME.png so a person can look at it. */
    static Path save(BufferedImage b, String name) {
        try {
            Path out = Path.of("target/ui-screenshots", name + ".png");
            Files.createDirectories(out.getParent());
            ImageIO.write(b, "png", out.toFile());
            return out;
        } catch (Exception e) {
            throw new AssertionError("screenshot failed", e);
        }
    }

    static Path screenshot(Scene scene, String name) {
        WritableImage img = onFx(() -> scene.snapshot(null));
        return save(PngSnapshot.toBuffered(img), name);
    }

    static BufferedImage snapshot(Node node) {
        return PngSnapshot.toBuffered(onFx(() -> node.snapshot(null, null)));
    }

    /** Answers for project dialogs: yes to every question, this folder when asked, problems recorded. */
    static final class Answers implements Messages {
        final java.util.List<String> problems = new java.util.concurrent.CopyOnWriteArrayList<>();
        Path folder;

        @Override public void problem(String title, String text) { problems.add(text); }
        @Override public boolean confirm(String title, String text) { return true; }
        @Override public Optional<Path> folder(String title) { return Optional.ofNullable(folder); }
    }
}
