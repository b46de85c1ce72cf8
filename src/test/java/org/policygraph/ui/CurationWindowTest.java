package org.policygraph.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.graph.corrections.ReviewItem;
import org.policygraph.model.Entity;
import org.policygraph.ui.edit.UserGazetteerStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Curation driven through the window: menus, dialogs, keys, the review strip and re-applied corrections. */
@ExtendWith(ApplicationExtension.class)
class CurationWindowTest {
    @TempDir
    static Path home;

    private MainWindow window;

    @org.junit.jupiter.api.AfterAll
    static void forgetHome() {
        System.clearProperty(UserGazetteerStore.HOME_PROPERTY);
    }

    @Start
    void start(Stage stage) {
        System.setProperty(UserGazetteerStore.HOME_PROPERTY, home.toString());
        window = new MainWindow(UiFixtures.services(0));
        window.show(stage);
        window.open(UiFixtures.fixtureFolder());
    }

    private void waitForGraph() {
        UiFixtures.waitUntil("the fixture graph is drawn", () -> window.graphView().drawnVertexCount() > 0);
    }

    private Entity entity(String name) {
        return window.explorer().graph().find(name).orElseThrow();
    }

    private boolean exists(String name) {
        return window.explorer().graph().find(name).isPresent();
    }

    private void click(String name) {
        String id = entity(name).id();
        UiFixtures.waitUntil(name + " is drawn", () -> window.graphView().vertexNode(id) != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void keys(FxRobot robot, KeyCode... codes) {
        robot.press(codes);
        for (int i = codes.length - 1; i >= 0; i--) robot.release(codes[i]);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void redrawn(String what, String name, boolean drawn) {
        UiFixtures.waitUntil(what, () -> {
            var e = window.explorer().graph().find(name);
            boolean isDrawn = e.isPresent() && e.get().label().equals(name) && window.graphView().vertexNode(e.get().id()) != null;
            return isDrawn == drawn;
        });
    }

    @Test
    void mergeFromTheEditMenuThenUndoAndRedoByKeys(FxRobot robot) {
        waitForGraph();
        String dea = entity("DEA").id();
        String police = entity("Colombian National Police").id();
        click("DEA");
        robot.clickOn(window.graphView().vertexNode(dea));
        robot.press(KeyCode.SHIFT).clickOn(window.graphView().vertexNode(police)).release(KeyCode.SHIFT);
        assertEquals(List.of(police), window.curation().edits().marked());
        assertTrue(window.graphView().vertexHasClass(police, "marked"));

        robot.clickOn("Edit");
        javafx.stage.Window editMenu = robot.listWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.ContextMenu && w.isShowing()).findFirst().orElseThrow();
        UiFixtures.screenshot(editMenu.getScene(), "edit-menu");
        robot.clickOn("Merge 2 selected…");
        DialogPane dialog = robot.lookup("#merge-dialog").queryAs(DialogPane.class);
        UiFixtures.screenshot(dialog.getScene(), "merge-dialog");
        robot.clickOn("#survivor-" + dea).clickOn("#merge-dialog-ok");
        redrawn("the police merged away", "Colombian National Police", false);
        assertTrue(entity("Drug Enforcement Administration").aliases().contains("Colombian National Police"));
        assertEquals(dea, window.explorer().selectedId());
        assertEquals("3", robot.lookup("#filter-type-AGENCY").query().getParent().lookupAll(".label").stream()
                .map(n -> ((javafx.scene.control.Label) n).getText()).filter(t -> t.matches("\\d+")).findFirst().orElse("?"),
                "the sidebar counts the merged graph");

        keys(robot, KeyCode.CONTROL, KeyCode.Z);
        redrawn("undo brings the police back", "Colombian National Police", true);
        assertFalse(entity("Drug Enforcement Administration").aliases().contains("Colombian National Police"));
        assertEquals("Redo Merge Colombian National Police into Drug Enforcement Administration",
                window.curation().edits().redoTextProperty().get());

        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        redrawn("redo merges again", "Colombian National Police", false);
        keys(robot, KeyCode.CONTROL, KeyCode.Z);
        redrawn("undo again", "Colombian National Police", true);
        keys(robot, KeyCode.CONTROL, KeyCode.Y);
        redrawn("Ctrl+Y redoes", "Colombian National Police", false);
        UiFixtures.screenshot(window.root().getScene(), "after-merge");
    }

    @Test
    void renameThroughTheDialog(FxRobot robot) {
        waitForGraph();
        click("Europol");
        robot.clickOn(window.graphView().vertexNode(entity("Europol").id()));
        keys(robot, KeyCode.F2);
        TextField field = robot.lookup("#rename-dialog-field").queryAs(TextField.class);
        assertEquals("Europol", field.getText());
        robot.clickOn(field).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("European Police Office");
        UiFixtures.screenshot(field.getScene(), "rename-dialog");
        robot.clickOn("#rename-dialog-ok");
        redrawn("the new name is drawn", "European Police Office", true);
        assertTrue(entity("European Police Office").aliases().contains("Europol"));
        assertEquals("European Police Office", robot.lookup("#details-title").queryAs(javafx.scene.control.Label.class).getText());
    }

    @Test
    void deleteANodeWithTheKeyThenUndo(FxRobot robot) {
        waitForGraph();
        click("Sinaloa Cartel");
        String id = entity("Sinaloa Cartel").id();
        int before = window.graphView().drawnVertexCount();
        robot.clickOn(window.graphView().vertexNode(id));
        // Delete and Ctrl+Z while typing belong to the text field, not to the graph
        robot.clickOn("#search").write("Sin");
        keys(robot, KeyCode.LEFT);
        keys(robot, KeyCode.DELETE);
        keys(robot, KeyCode.CONTROL, KeyCode.Z);
        assertTrue(exists("Sinaloa Cartel"));
        assertEquals(id, window.explorer().selectedId());
        robot.clickOn(window.graphView().vertexNode(id));
        keys(robot, KeyCode.DELETE);
        UiFixtures.waitUntil("the cartel is gone", () -> window.graphView().drawnVertexCount() == before - 1);
        assertFalse(exists("Sinaloa Cartel"));
        assertEquals("Undo Delete Sinaloa Cartel", window.curation().edits().undoTextProperty().get());
        keys(robot, KeyCode.CONTROL, KeyCode.Z);
        UiFixtures.waitUntil("the cartel is back", () -> window.graphView().vertexNode(id) != null);
        assertEquals(before, window.graphView().drawnVertexCount());
    }

    @Test
    void theReviewStripListsANearDuplicateAndOneClickMergesIt(FxRobot robot) throws Exception {
        waitForGraph();
        // make the duplicate an extractor might: the acronym as an entity of its own
        Entity fbi = entity("FBI");
        WaitForAsyncUtils.asyncFx(() -> window.curation().edits().splitAlias(fbi, "FBI")).get(10, TimeUnit.SECONDS);
        redrawn("FBI stands alone", "FBI", true);
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R);
        UiFixtures.waitUntil("the duplicate is listed", () -> window.curation().review().items().stream()
                .anyMatch(i -> i.kind() == ReviewItem.Kind.NEAR_DUPLICATE));
        ReviewItem first = window.curation().review().items().get(0);
        assertEquals(ReviewItem.Kind.NEAR_DUPLICATE, first.kind(), first.reason());
        UiFixtures.screenshot(window.root().getScene(), "review");

        assertEquals("Merge into Federal Bureau of Investigation", window.curation().review().fixText(first).orElseThrow());
        robot.clickOn(robot.lookup(".review-fix").nth(0).queryButton());
        UiFixtures.waitUntil("FBI merged back", () -> entity("FBI").label().equals("Federal Bureau of Investigation"));
        UiFixtures.waitUntil("ranked again", () -> window.curation().review().items().stream()
                .noneMatch(i -> i.kind() == ReviewItem.Kind.NEAR_DUPLICATE));
        // the walk goes on: the row now under the cursor is shown in the graph
        UiFixtures.waitUntil("the next item is selected", () -> window.curation().reviewPanel().list().getSelectionModel()
                .getSelectedItem() != null);
        ReviewItem next = window.curation().reviewPanel().list().getSelectionModel().getSelectedItem();
        assertEquals(next.entities().get(0).id(), window.explorer().selectedId());
    }

    @Test
    void correctionsSurviveLoadingAnotherDocument(FxRobot robot) throws Exception {
        waitForGraph();
        click("Sinaloa Cartel");
        robot.clickOn(window.graphView().vertexNode(entity("Sinaloa Cartel").id()));
        keys(robot, KeyCode.DELETE);
        redrawn("the cartel is deleted", "Sinaloa Cartel", false);
        Entity police = entity("Colombian National Police");
        Entity mexico = entity("Mexico");
        WaitForAsyncUtils.asyncFx(() -> {
            window.curation().edits().retype(List.of(police), "ORGANIZATION");
            window.curation().edits().addRelation(police, mexico, "PARTNERS_WITH", "shared training");
        }).get(10, TimeUnit.SECONDS);
        assertEquals(3, window.curation().edits().corrections().size());

        Path more = home.resolve("more");
        Files.createDirectories(more);
        Files.writeString(more.resolve("follow-up.txt"), "Follow-up\n\nThe Sinaloa Cartel kept moving cocaine north. "
                + "The Colombian National Police seized cocaine bound for the Netherlands.\n");
        WaitForAsyncUtils.asyncFx(() -> window.open(List.of(more))).get(10, TimeUnit.SECONDS);
        UiFixtures.waitUntil("the fourth document is in", () -> window.explorer().graph().documents().size() == 4);
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(exists("Sinaloa Cartel"), "the deleted cartel stays deleted");
        Entity policeNow = entity("Colombian National Police");
        assertEquals("ORGANIZATION", policeNow.type());
        assertTrue(window.explorer().graph().relationsBetween(policeNow, entity("Mexico")).stream()
                .anyMatch(r -> r.type().equals("PARTNERS_WITH") && "shared training".equals(r.note()) && r.manual()));
        assertTrue(policeNow.documents().contains("follow-up.txt"), policeNow.documents().toString());
        assertNotNull(window.curation().edits().messageProperty().get());
        UiFixtures.screenshot(window.root().getScene(), "after-reload");
    }

    @Test
    void otherDialogsForALook(FxRobot robot) {
        waitForGraph();
        click("Europol");
        robot.clickOn(window.graphView().vertexNode(entity("Europol").id()));
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L);
        robot.clickOn("#edge-target-search").write("Col");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane edge = robot.lookup("#edge-dialog").queryAs(DialogPane.class);
        robot.clickOn("#edge-note").write("joint press release");
        UiFixtures.screenshot(edge.getScene(), "edge-dialog");
        robot.clickOn("#edge-dialog-ok");
        UiFixtures.waitUntil("the link is drawn", () -> window.explorer().graph()
                .relationsBetween(entity("Europol"), entity("Colombia")).stream().anyMatch(r -> r.manual()));

        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T);
        DialogPane retype = robot.lookup("#retype-dialog").queryAs(DialogPane.class);
        UiFixtures.screenshot(retype.getScene(), "retype-dialog");
        robot.clickOn("Cancel");

        // Monocle sends no context-menu request on a right click (TestFX/TestFX#645): fire the request itself
        javafx.scene.Node node = window.graphView().vertexNode(entity("Europol").id());
        WaitForAsyncUtils.asyncFx(() -> {
            javafx.geometry.Point2D scene = node.localToScene(node.getBoundsInLocal().getCenterX(), node.getBoundsInLocal().getCenterY());
            javafx.geometry.Point2D screen = node.localToScreen(node.getBoundsInLocal().getCenterX(), node.getBoundsInLocal().getCenterY());
            javafx.event.Event.fireEvent(node, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, scene.getX(), scene.getY(), screen.getX(),
                    screen.getY(), false, new javafx.scene.input.PickResult(node, scene.getX(), scene.getY())));
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.stage.Window menu = robot.listWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.ContextMenu && w.isShowing()).findFirst().orElseThrow();
        assertEquals("entity-menu", ((javafx.scene.control.ContextMenu) menu).getId());
        UiFixtures.screenshot(menu.getScene(), "context-menu");
        keys(robot, KeyCode.ESCAPE);

        // the details panel offers the same menu for the selected entity
        javafx.scene.Node details = robot.lookup("#details").query();
        WaitForAsyncUtils.asyncFx(() -> javafx.event.Event.fireEvent(details, new javafx.scene.input.ContextMenuEvent(
                javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 20, 20,
                details.localToScreen(20, 20).getX(), details.localToScreen(20, 20).getY(), false,
                new javafx.scene.input.PickResult(details, 20, 20))));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ContextMenu detailsMenu = (javafx.scene.control.ContextMenu) robot.listWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.ContextMenu && w.isShowing()).findFirst().orElseThrow();
        assertEquals("Rename Europol…", detailsMenu.getItems().stream().filter(i -> "edit-rename-context".equals(i.getId()))
                .findFirst().orElseThrow().getText());
        keys(robot, KeyCode.ESCAPE);
    }

    @Test
    void correctionsAreSavedAndLoadedAndABadFileIsOneProblemLine(FxRobot robot) throws Exception {
        waitForGraph();
        Entity europol = entity("Europol");
        WaitForAsyncUtils.asyncFx(() -> window.curation().edits().retype(List.of(europol), "ORGANIZATION")).get(10, TimeUnit.SECONDS);
        Path saved = home.resolve("saved-corrections.json");
        assertTrue(WaitForAsyncUtils.asyncFx(() -> window.curation().saveCorrections(saved)).get(10, TimeUnit.SECONDS));
        assertEquals(List.of(new org.policygraph.graph.corrections.Correction.Retype("Europol", "ORGANIZATION")),
                org.policygraph.graph.corrections.CorrectionsJson.read(saved).corrections());

        Path other = home.resolve("other.json");
        Files.writeString(other, "{\"corrections\":[\n {\"op\":\"rename\",\"entity\":\"FBI\",\"to\":\"F.B.I.\"},\n"
                + " {\"op\":\"delete\",\"entity\":\"Bureau of Nowhere\"}]}\n");
        var report = WaitForAsyncUtils.asyncFx(() -> window.curation().loadAndReport(other)).get(10, TimeUnit.SECONDS);
        assertEquals(1, report.applied());
        assertEquals(1, report.skipped().size());
        DialogPane skipped = robot.lookup("#skipped-dialog").queryAs(DialogPane.class);
        String listed = robot.from(skipped).lookup(".text-area").queryAs(javafx.scene.control.TextArea.class).getText();
        assertEquals("correction 2 skipped: no entity named \"Bureau of Nowhere\"", listed);
        UiFixtures.screenshot(skipped.getScene(), "skipped-dialog");
        robot.clickOn("OK");
        UiFixtures.waitUntil("renamed", () -> exists("F.B.I."));
        assertEquals("F.B.I.", entity("FBI").label());
        assertEquals(3, window.curation().edits().corrections().size());

        Path bad = home.resolve("bad.json");
        Files.writeString(bad, "{\"corrections\":[{\"op\":\"explode\",\"entity\":\"DEA\"}]}");
        assertNull(WaitForAsyncUtils.asyncFx(() -> window.curation().loadCorrections(bad)).get(10, TimeUnit.SECONDS));
        UiFixtures.waitUntil("the problem is listed", () -> !window.load().problems().isEmpty());
        var problem = window.load().problems().get(0);
        assertTrue(problem.source().contains("bad.json") && problem.reason().contains("explode"), problem.toString());
        assertEquals(3, window.curation().edits().corrections().size(), "a bad file changes nothing");
    }

    @Test
    void teachANameThroughTheDialog(FxRobot robot) throws Exception {
        waitForGraph();
        robot.clickOn("File").clickOn("Teach PolicyGraph a name…");
        robot.clickOn("#teach-dialog-name").write("Maritime Analysis and Operations Centre");
        robot.clickOn("#teach-dialog-aliases").write("MAOC, MAOC-N");
        robot.doubleClickOn("#teach-dialog-type").eraseText(6).write("Maritime centre");
        DialogPane teach = robot.lookup("#teach-dialog").queryAs(DialogPane.class);
        UiFixtures.screenshot(teach.getScene(), "teach-dialog");
        robot.clickOn("#teach-dialog-ok");
        WaitForAsyncUtils.waitForFxEvents();
        var taught = window.curation().gazetteer().read().entities();
        assertEquals(1, taught.size());
        assertEquals("Maritime Analysis and Operations Centre", taught.get(0).name());
        assertEquals("MARITIME_CENTRE", taught.get(0).type());
        assertEquals("Maritime centre", window.curation().gazetteer().read().entityTypes().get(0).label());
        assertEquals(List.of("MAOC", "MAOC-N"), taught.get(0).aliases());
        assertEquals(home.resolve("gazetteer.json"), window.curation().gazetteer().file());
    }

    @Test
    void markedNodesAreDeletedTogetherAndComeBackTogether(FxRobot robot) {
        waitForGraph();
        click("fentanyl");
        click("cocaine");
        robot.press(KeyCode.SHIFT).clickOn(window.graphView().vertexNode(entity("fentanyl").id()))
                .clickOn(window.graphView().vertexNode(entity("cocaine").id())).release(KeyCode.SHIFT);
        assertEquals(2, window.curation().edits().targets().size());
        assertEquals("Marked: fentanyl, cocaine", robot.lookup("#curation-marks").queryAs(javafx.scene.control.Label.class).getText());
        assertTrue(window.graphView().vertexHasClass(entity("cocaine").id(), "marked"));
        UiFixtures.screenshot(window.root().getScene(), "marked");
        robot.clickOn("Edit").clickOn("Delete 2 entities");
        redrawn("both drugs are gone", "fentanyl", false);
        assertFalse(exists("cocaine"));
        keys(robot, KeyCode.CONTROL, KeyCode.Z);
        redrawn("both drugs are back", "fentanyl", true);
        assertTrue(exists("cocaine"));
    }
}
