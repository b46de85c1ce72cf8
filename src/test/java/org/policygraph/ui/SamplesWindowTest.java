package org.policygraph.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policygraph.extract.Ontology;
import org.policygraph.extract.RuleBasedExtractor;
import org.policygraph.graph.CorpusLoader;
import org.policygraph.ingest.Ingestor;
import org.policygraph.layout.JGraphTLayouter;
import org.policygraph.ui.task.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window as `mvn javafx:run` opens it: the bundled samples with the real ingestor and extractor. */
@ExtendWith(ApplicationExtension.class)
class SamplesWindowTest {
    private static final Path SAMPLES = Path.of("samples");
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(new Services(new FxTaskExecutor(), new JGraphTLayouter(),
                () -> new CorpusLoader(new Ingestor(), RuleBasedExtractor.createDefault()),
                Preferences.userRoot().node("org/policygraph/ui-test"), Ontology.defaults()));
        window.show(stage);
        window.open(List.of(Files.isDirectory(SAMPLES) ? SAMPLES : UiFixtures.FIXTURE));
    }

    @Test
    void opensTheSamplesAndDrawsAReadableGraph(FxRobot robot) {
        UiFixtures.waitUntil("the samples are drawn", () -> window.graphView().drawnVertexCount() > 0
                && !window.explorer().buildingProperty().get());
        assertTrue(window.explorer().graph().documents().size() >= 3);
        assertTrue(window.graphView().drawnVertexCount() >= 10, "drawn: " + window.graphView().drawnVertexCount());
        assertTrue(robot.lookup(".vertex.type-agency").queryAll().size() >= 2);
        UiFixtures.screenshot(window.root().getScene(), "samples");

        // the picture for the README: stated relations only, an agency selected with its evidence
        robot.clickOn("#hide-cooccurrence");
        robot.clickOn("#search").write("DEA").type(KeyCode.ENTER);
        UiFixtures.waitUntil("DEA is selected", () -> window.explorer().selectedId() != null
                && !window.explorer().buildingProperty().get());
        UiFixtures.screenshot(window.root().getScene(), "samples-selected");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        UiFixtures.waitUntil("the focus is drawn", () -> window.explorer().settings().focusId() != null
                && !window.explorer().buildingProperty().get()
                && window.graphView().drawnVertexCount() == window.explorer().visible().entities().size());
        UiFixtures.screenshot(window.root().getScene(), "samples-focus");

        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        UiFixtures.waitUntil("communities are coloured", () -> !window.explorer().visible().communities().isEmpty()
                && !window.explorer().buildingProperty().get());
        UiFixtures.screenshot(window.root().getScene(), "samples-communities");
        long dated = window.explorer().graph().documents().stream().map(d -> d.date()).filter(d -> d != null).distinct().count();
        assertEquals(dated >= 2, robot.lookup("#as-of").query().getParent().isVisible(),
                "the as-of slider shows exactly when documents carry two or more dates");
    }
}
