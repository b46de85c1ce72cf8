package org.policygraph.ui.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.model.Entity;
import org.policygraph.ui.MainWindow;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Opening a project makes its corrections the session's: the corrections made before (on another graph) are
 * not applied to the project's graph, and saving the project again keeps exactly the project's plus new ones.
 */
@ExtendWith(ApplicationExtension.class)
class ProjectCorrectionsTest {
    @TempDir
    Path dir;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(BriefFixtures.services());
        window.show(stage);
    }

    private Entity entity(String name) {
        return window.explorer().graph().find(name).orElseThrow(() -> new AssertionError(name + " not in the graph"));
    }

    private boolean has(String name) {
        return window.explorer().graph().find(name).isPresent();
    }

    @Test
    void openedProjectBringsItsOwnCorrections() {
        BriefFixtures.runFx(() -> window.open(List.of(BriefFixtures.FIXTURE)));
        BriefFixtures.waitUntil("the fixture graph is drawn", () -> window.graphView().drawnVertexCount() > 0);
        var edits = window.curation().edits();
        BriefFixtures.runFx(() -> assertTrue(edits.rename(entity("Europol"), "European Police Office")));
        Path file = dir.resolve("renamed.policygraph");
        BriefFixtures.runFx(() -> window.briefings().projects().saveAs(file));
        BriefFixtures.waitUntil("saved", () -> Files.exists(file) && !window.briefings().projects().isDirty());

        // a later correction, made after the save: it belongs to this session, not to the saved project
        String other = window.explorer().graph().entities().stream().map(Entity::label)
                .filter(l -> !l.equals("European Police Office")).sorted().findFirst().orElseThrow();
        BriefFixtures.runFx(() -> assertTrue(edits.rename(entity(other), "Renamed After Saving")));
        assertEquals(2, edits.corrections().size());

        BriefFixtures.runFx(() -> window.open(List.of(file)));
        BriefFixtures.waitUntil("the project is open", () -> has("European Police Office") && !has("Renamed After Saving")
                && window.graphView().drawnVertexCount() > 0 && !window.explorer().buildingProperty().get());
        assertTrue(has(other), "the later rename was not applied to the project's graph");
        assertEquals(1, edits.corrections().size(), "the session now holds the project's corrections: " + edits.corrections());
    }
}
