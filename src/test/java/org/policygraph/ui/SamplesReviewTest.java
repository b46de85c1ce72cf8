package org.policygraph.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
import org.policygraph.graph.corrections.ReviewItem;
import org.policygraph.ingest.Ingestor;
import org.policygraph.layout.JGraphTLayouter;
import org.policygraph.ui.task.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The review strip on the bundled samples (real extractor): Up and Down walk it, each row shown in the graph. */
@ExtendWith(ApplicationExtension.class)
class SamplesReviewTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(new Services(new FxTaskExecutor(), new JGraphTLayouter(),
                () -> new CorpusLoader(new Ingestor(), RuleBasedExtractor.createDefault()),
                Preferences.userRoot().node("org/policygraph/ui-test"), Ontology.defaults()));
        window.show(stage);
        window.open(List.of(Path.of("samples")));
    }

    @Test
    void walkTheReviewListWithTheKeys(FxRobot robot) {
        UiFixtures.waitUntil("the samples are drawn", () -> window.graphView().drawnVertexCount() > 0
                && !window.explorer().buildingProperty().get());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R).release(KeyCode.R, KeyCode.SHIFT, KeyCode.CONTROL);
        UiFixtures.waitUntil("the review list is ranked", () -> !window.curation().review().items().isEmpty()
                && !window.curation().review().rankingProperty().get());
        var list = window.curation().reviewPanel().list();
        robot.interact(() -> {
            list.requestFocus();
            list.getSelectionModel().select(0);
        });
        for (int i = 0; i < 3; i++) {
            robot.type(KeyCode.DOWN);
            WaitForAsyncUtils.waitForFxEvents();
            ReviewItem item = list.getSelectionModel().getSelectedItem();
            assertEquals(i + 1, list.getSelectionModel().getSelectedIndex());
            assertEquals(item.entities().get(0).id(), window.explorer().selectedId(), item.reason());
        }
        assertFalse(window.curation().review().items().isEmpty());
        assertEquals(0, window.curation().edits().corrections().size(), "walking changes nothing");
        System.out.println("SamplesReviewTest: " + window.curation().review().items().size() + " review items on "
                + window.explorer().graph().entityCount() + " entities; first: " + window.curation().review().items().get(0).reason());
        UiFixtures.screenshot(window.root().getScene(), "samples-review");
    }
}
