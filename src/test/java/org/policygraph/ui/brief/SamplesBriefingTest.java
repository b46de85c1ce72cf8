package org.policygraph.ui.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.prefs.Preferences;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.extract.Ontology;
import org.policygraph.extract.RuleBasedExtractor;
import org.policygraph.graph.CorpusLoader;
import org.policygraph.ingest.Ingestor;
import org.policygraph.io.project.ProjectStore;
import org.policygraph.layout.JGraphTLayouter;
import org.policygraph.model.Entity;
import org.policygraph.model.EntityType;
import org.policygraph.ui.MainWindow;
import org.policygraph.ui.Services;
import org.policygraph.ui.task.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The walk-through on the bundled samples with the real extractor: three views ("The agencies", an
 * operation and its partners, supply routes), saved, reopened, presented, and handed out as a PDF deck.
 */
@ExtendWith(ApplicationExtension.class)
class SamplesBriefingTest {
    private static final Path SAMPLES = Path.of("samples");
    @TempDir
    Path dir;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Services real = new Services(new FxTaskExecutor(), new JGraphTLayouter(),
                () -> new CorpusLoader(new Ingestor(), RuleBasedExtractor.createDefault()),
                Preferences.userRoot().node("org/policygraph/ui-test"), Ontology.defaults());
        window = new MainWindow(real);
        window.show(stage);
        window.open(List.of(Files.isDirectory(SAMPLES) ? SAMPLES : BriefFixtures.FIXTURE));
    }

    private void settle() {
        BriefFixtures.waitUntil("drawn", () -> window.graphView().drawnVertexCount() > 0
                && !window.explorer().buildingProperty().get());
    }

    /** The most mentioned entity of a type. */
    private Entity top(String type) {
        return window.explorer().graph().entities().stream().filter(e -> e.type().equals(type))
                .max(Comparator.comparingInt((Entity e) -> e.mentions().size()).thenComparing(Entity::id)).orElseThrow();
    }

    @Test
    void threeViewsSavedReopenedPresentedAndPrinted(FxRobot robot) throws Exception {
        settle();
        BriefFixtures.runFx(() -> {
            for (EntityType t : Ontology.defaults().entityTypes()) {
                if (!t.name().equals("AGENCY")) window.explorer().update(s -> s.withType(t.name(), false));
            }
        });
        settle();
        BriefFixtures.runFx(() -> {
            window.briefings().strip().createFromCurrent();
            window.briefings().views().rename(0, "The agencies");
            window.explorer().update(s -> ViewFilters.fromMap(java.util.Map.of()));
        });
        settle();
        Entity operation = top("OPERATION");
        BriefFixtures.runFx(() -> {
            window.explorer().select(operation.id());
            window.explorer().focus(1);
        });
        settle();
        BriefFixtures.runFx(() -> {
            window.briefings().strip().createFromCurrent();
            window.briefings().views().rename(1, operation.shortLabel() + " and its partners");
        });
        Entity drug = top("DRUG");
        Entity country = top("COUNTRY");
        BriefFixtures.runFx(() -> {
            window.explorer().clearFocus();
            window.explorer().select(drug.id());
            window.explorer().focus(2);
        });
        settle();
        BriefFixtures.runFx(() -> window.explorer().path(drug.id(), country.id()));
        BriefFixtures.waitUntil("a path", () -> window.explorer().answer() != null);
        settle();
        BriefFixtures.runFx(() -> {
            window.briefings().strip().createFromCurrent();
            window.briefings().views().rename(2, "Supply routes");
            SavedViews v = window.briefings().views();
            v.change(2, x -> RevealSteps.withStep(x, java.util.Set.of(drug.id())));
            v.change(2, x -> RevealSteps.withStep(x, java.util.Set.of(country.id())));
            v.change(2, x -> Views.copy(x, f -> f.notes = "Where the " + drug.shortLabel() + " comes from."));
        });
        BriefFixtures.screenshot(window.root().getScene(), "brief-samples-window");

        Path file = dir.resolve("briefing" + ProjectStore.EXTENSION);
        BriefFixtures.runFx(() -> window.briefings().projects().saveAs(file));
        BriefFixtures.waitUntil("saved", () -> Files.exists(file) && !window.briefings().projects().isDirty());
        var views = List.copyOf(window.briefings().views().list());
        BriefFixtures.runFx(() -> window.briefings().projects().newProject());
        BriefFixtures.runFx(() -> window.briefings().projects().open(file));
        BriefFixtures.waitUntil("reopened", () -> window.briefings().views().size() == 3);
        settle();
        assertEquals(views, List.copyOf(window.briefings().views().list()));

        BriefFixtures.runFx(() -> window.briefings().present(0));
        PresenterWindow p = window.briefings().presenter();
        for (int i = 0; i < 3; i++) {
            int view = i;
            BriefFixtures.waitUntil("view " + i, () -> p.indexProperty().get() == view && p.graphView().getOpacity() == 1
                    && p.graphView().drawnVertexCount() > 0);
            BriefFixtures.screenshot(p.stage().getScene(), "brief-samples-present-" + (i + 1));
            int stages = RevealSteps.stages(views.get(i));
            for (int s = 1; s <= stages; s++) {
                if (s > 1) BriefFixtures.screenshot(p.stage().getScene(), "brief-samples-present-" + (i + 1) + "-step" + s);
                robot.push(KeyCode.RIGHT);
            }
        }
        robot.push(KeyCode.ESCAPE);
        BriefFixtures.waitUntil("left", () -> !p.stage().isShowing());

        Path pdf = dir.resolve("briefing.pdf");
        BriefFixtures.runFx(() -> window.briefings().exports().writeDeck(pdf, "Briefing", window.briefings().capture()));
        BriefFixtures.waitUntil("deck", () -> Files.exists(pdf));
        Files.copy(pdf, Path.of("target/ui-screenshots/brief-samples-deck.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            assertEquals(4, d.getNumberOfPages());
        }
        assertTrue(Files.size(pdf) > 10_000);
    }
}
