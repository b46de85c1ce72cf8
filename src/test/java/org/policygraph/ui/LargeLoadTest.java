package org.policygraph.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.application.Platform;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A folder of 200 files loads in the background: the FX thread keeps answering, and Cancel keeps the graph. */
@ExtendWith(ApplicationExtension.class)
class LargeLoadTest {
    /** Slow enough per document that the load is surely still running when the probe is posted. */
    private static final long DELAY_PER_DOC_MILLIS = 40;

    @TempDir
    Path dir;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(UiFixtures.services(DELAY_PER_DOC_MILLIS));
        window.show(stage);
    }

    private void writeFiles() throws IOException {
        for (int i = 0; i < 200; i++) {
            Files.writeString(dir.resolve(String.format("note-%03d.txt", i)), "Note " + i
                    + ". Europol partnered with the DEA on case " + i + ". Officials in Mexico and Colombia took part.");
        }
    }

    @Test
    void theFxThreadStaysResponsiveWhileAFolderLoads(FxRobot robot) throws Exception {
        writeFiles();
        robot.interact(() -> window.open(List.of(dir)));
        UiFixtures.waitUntil("the load has started", () -> window.services().tasks().activity().isRunning());
        AtomicBoolean stillLoading = new AtomicBoolean();
        CountDownLatch probe = new CountDownLatch(1);
        Platform.runLater(() -> {
            stillLoading.set(window.load().loadingProperty().get());
            probe.countDown();
        });
        // a liveness check, not a benchmark: the bound is generous
        assertTrue(probe.await(3, TimeUnit.SECONDS), "the FX thread ran the probe while loading");
        assertTrue(stillLoading.get(), "the probe ran while the load was in progress");
        UiFixtures.waitUntil("all files are loaded", () -> window.explorer().graph().documents().size() == 200
                && window.graphView().drawnVertexCount() > 0);
        assertEquals(4, window.explorer().graph().entityCount());
    }

    @Test
    void cancelStopsTheLoadAndKeepsTheGraph(FxRobot robot) throws Exception {
        writeFiles();
        robot.interact(() -> window.open(List.of(dir)));
        UiFixtures.waitUntil("the cancel button shows", () -> robot.lookup("#cancel-work").query().isVisible());
        robot.clickOn("#cancel-work");
        UiFixtures.waitUntil("the work stops", () -> !window.services().tasks().activity().isRunning());
        assertEquals(0, window.explorer().graph().documents().size());
        assertTrue(!window.load().loadingProperty().get(), "ready for the next load");
        assertTrue(window.load().problems().isEmpty(), "cancelling is not a problem");
    }
}
